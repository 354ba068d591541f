package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged {@code ics.jar} run as a process under hostile use (issue 20): special files as targets, a full
 * output device, a closed pipe, five default locales, named pipes, process substitution and {@code -} as input, a
 * clock far from England's, hostile names in diagrams and hostile arguments. Every case ends with a documented exit
 * code and a message, never a stack trace, and never harms a file.
 */
class HostileUseIT {
  private static final String EXAMPLE = "data/northshire.json";
  private static final String DECILES = "data/inequality/life-expectancy-deciles.csv";
  private static final String FULL = "ics: cannot write to standard output: the disk is full";

  @TempDir Path temp;

  // ---- 1. Writing that never harms ------------------------------------------------------------------------------

  @Test
  void a_device_target_is_written_through_and_stays_a_device() throws Exception {
    Path devNull = Path.of("/dev/null");
    IcsProcess.Result init = IcsProcess.run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out", "/dev/null",
        "--force");
    assertThat(init.exitCode()).as(init.err()).isZero();
    IcsProcess.Result plot = IcsProcess.run("inequality", "sii", "--input", DECILES, "--repetitions", "1000",
        "--seed", "1", "--plot", "/dev/null");
    assertThat(plot.exitCode()).as(plot.err()).isZero();
    BasicFileAttributes attributes = Files.readAttributes(devNull, BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS);
    assertThat(attributes.isOther()).as("/dev/null is still a device, not a regular file").isTrue();
    assertThat(attributes.isRegularFile()).isFalse();
  }

  @Test
  void a_fifo_target_is_written_through_and_stays_a_fifo() throws Exception {
    Path fifo = mkfifo(temp.resolve("config.fifo"));
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> read(fifo));
    IcsProcess.Result init = IcsProcess.run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out",
        fifo.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(reader.get(60, TimeUnit.SECONDS)).startsWith("{").contains("\"format\": \"icsmodel/1\"");
    assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
        .as("still a named pipe").isTrue();
  }

  @Test
  void a_symlink_target_is_written_the_link_kept_and_the_mode_of_the_old_file_kept() throws Exception {
    Path real = temp.resolve("real.json");
    Files.writeString(real, "my work");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(temp.resolve("link.json"), real.getFileName());

    IcsProcess.Result refused = IcsProcess.run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out",
        link.toString());
    assertThat(refused.exitCode()).as("EX_CANTCREAT").isEqualTo(73);
    assertThat(refused.err()).contains("already exists; add --force");
    assertThat(Files.readString(real)).isEqualTo("my work");

    IcsProcess.Result forced = IcsProcess.run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out",
        link.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
    assertThat(Files.readString(real)).contains("\"format\": \"icsmodel/1\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
    assertThat(leftovers()).as("no temporary file is left").isEmpty();
  }

  @Test
  void a_new_file_gets_the_mode_the_umask_gives_not_0600() throws Exception {
    Path file = temp.resolve("new.json");
    IcsProcess.Result run = shell("umask 027; exec " + quoted(IcsProcess.command(List.of(), "init", "--icb", "QYG",
        "--as-of", "2026-12-02", "--out", file.toString())));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
  }

  @Test
  void plot_follows_the_overwrite_rule_of_out() throws Exception {
    Path chart = temp.resolve("chart.svg");
    Files.writeString(chart, "my chart");
    IcsProcess.Result refused = IcsProcess.run("inequality", "sii", "--input", DECILES, "--repetitions", "1000",
        "--seed", "1", "--plot", chart.toString());
    assertThat(refused.exitCode()).as("EX_CANTCREAT").isEqualTo(73);
    assertThat(refused.err()).contains("chart.svg: the file already exists; add --force to replace it");
    assertThat(Files.readString(chart)).isEqualTo("my chart");
    IcsProcess.Result forced = IcsProcess.run("inequality", "sii", "--input", DECILES, "--repetitions", "1000",
        "--seed", "1", "--plot", chart.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(chart)).startsWith("<?xml");
  }

  @Test
  void a_directory_as_output_is_refused_with_73() throws Exception {
    IcsProcess.Result run = IcsProcess.run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out",
        temp.toString(), "--force");
    assertThat(run.exitCode()).isEqualTo(73);
    assertThat(run.err()).contains(temp.toString()).contains("directory").doesNotContain("\tat ");
    assertThat(Files.isDirectory(temp)).isTrue();
  }

  // ---- 2. Failed output is a failure -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "rules --format csv",
      "validate --format sarif --as-of 2026-12-02 data/northshire.json",
      "diagram data/northshire.json",
      "init --icb QYG --as-of 2026-12-02",
      "inequality sii --input data/inequality/life-expectancy-deciles.csv --repetitions 1000 --seed 1 --format csv"})
  void a_full_output_device_exits_74_naming_the_cause(String arguments) throws Exception {
    IcsProcess.Result run = IcsProcess.runWith(b -> b.redirectOutput(Redirect.to(Path.of("/dev/full").toFile())),
        IcsProcess.command(List.of(), arguments.split(" ")));
    assertThat(run.exitCode()).as("EX_IOERR").isEqualTo(74);
    assertThat(run.err()).contains(FULL).doesNotContain("\tat ");
  }

  @Test
  void a_closed_pipe_ends_quietly() throws Exception {
    List<String> arguments = new ArrayList<>(List.of("validate", "--format", "json", "--as-of", "2026-12-02"));
    for (int i = 0; i < 30; i++) {
      arguments.add(EXAMPLE); // some 500 kB of output, far more than a pipe holds
    }
    IcsProcess.Result run = shell(quoted(IcsProcess.command(List.of(), arguments.toArray(String[]::new)))
        + " | head -c 100 > /dev/null; echo \"ics exited ${PIPESTATUS[0]}\"");
    assertThat(run.out()).isEqualTo("ics exited 0\n");
    assertThat(run.err()).isEmpty();
  }

  // ---- 3. Locale-proof -------------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"ar,EG", "fa,IR", "tr,TR", "de,DE", "hi,IN"})
  void under_five_default_locales_every_number_is_ascii_and_written_files_read_back(String language,
      String country) throws Exception {
    List<String> locale = List.of("-Duser.language=" + language, "-Duser.country=" + country);
    Path file = temp.resolve(language + ".json");
    IcsProcess.Result init = IcsProcess.runJava(locale, "init", "--icb", "QYG", "--as-of", "2026-12-02", "--out",
        file.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(Files.readString(file)).doesNotContainPattern("[\\p{Nd}&&[^0-9]]");
    IcsProcess.Result validate = IcsProcess.runJava(locale, "validate", "--format", "json", "--as-of", "2026-12-02",
        file.toString());
    assertThat(validate.exitCode()).as("read and validated (a starting file has no ERROR): " + validate.err())
        .isZero();
    assertThat(validate.out()).contains("\"asOf\": \"2026-12-02\"").doesNotContainPattern("[\\p{Nd}&&[^0-9]]");
    Path chart = temp.resolve(language + ".svg");
    IcsProcess.Result sii = IcsProcess.runJava(locale, "inequality", "sii", "--input", DECILES, "--repetitions",
        "1000", "--seed", "1", "--format", "csv", "--plot", chart.toString());
    assertThat(sii.exitCode()).as(sii.err()).isZero();
    assertThat(sii.out() + Files.readString(chart)).doesNotContainPattern("[\\p{Nd}&&[^0-9]]")
        .doesNotContain("٫").doesNotContain("\u066C");
  }

  // ---- 4. Input read once ----------------------------------------------------------------------------------------

  @Test
  void dash_reads_standard_input_in_every_command_that_reads_a_file() throws Exception {
    Path example = IcsProcess.examples().resolve(EXAMPLE);
    IcsProcess.Result validate = IcsProcess.runWith(b -> b.redirectInput(example.toFile()),
        IcsProcess.command(List.of(), "validate", "--as-of", "2026-12-02", "-"));
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).startsWith("<stdin>: valid as of 2026-12-02");
    IcsProcess.Result diagram = IcsProcess.runWith(b -> b.redirectInput(example.toFile()),
        IcsProcess.command(List.of(), "diagram", "-"));
    assertThat(diagram.exitCode()).as(diagram.err()).isZero();
    assertThat(diagram.out()).startsWith("flowchart LR");
    IcsProcess.Result sii = IcsProcess.runWith(b -> b.redirectInput(IcsProcess.examples().resolve(DECILES).toFile()),
        IcsProcess.command(List.of(), "inequality", "sii", "--input", "-", "--repetitions", "1000", "--seed", "1"));
    assertThat(sii.exitCode()).as(sii.err()).isZero();
    assertThat(sii.out()).contains("area1");
  }

  @Test
  void a_named_pipe_a_process_substitution_and_dev_stdin_are_read_once() throws Exception {
    Path fifo = mkfifo(temp.resolve("input.fifo"));
    byte[] example = Files.readAllBytes(IcsProcess.examples().resolve(EXAMPLE));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        Files.write(fifo, example);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    IcsProcess.Result named = IcsProcess.run("validate", "--as-of", "2026-12-02", fifo.toString());
    writer.get(60, TimeUnit.SECONDS);
    assertThat(named.exitCode()).as(named.err()).isZero();
    assertThat(named.out()).contains("valid as of 2026-12-02");

    String ics = quoted(IcsProcess.command(List.of(), "validate", "--as-of", "2026-12-02"));
    IcsProcess.Result substituted = shell(ics + " <(cat " + EXAMPLE + ")");
    assertThat(substituted.exitCode()).as(substituted.err()).isZero();
    assertThat(substituted.out()).contains("valid as of 2026-12-02");
    IcsProcess.Result piped = shell("cat " + EXAMPLE + " | " + ics + " /dev/stdin");
    assertThat(piped.exitCode()).as(piped.err()).isZero();
    assertThat(piped.out()).contains("valid as of 2026-12-02");
  }

  // ---- 5. Safe diagrams ------------------------------------------------------------------------------------------

  @Test
  void a_hostile_name_cannot_inject_mermaid_or_dot_nor_reach_the_terminal() throws Exception {
    String example = Files.readString(IcsProcess.examples().resolve(EXAMPLE), StandardCharsets.UTF_8);
    String hostile = example.replaceFirst("\"name\": \"[^\"]*\"",
        "\"name\": \"Northshire\\\\n  click n19 href \\\\\"javascript:alert(1)\\\\\"\\\\n\\\\u001b]0;x\\\\u0007\"");
    Path file = temp.resolve("hostile.json");
    Files.writeString(file, hostile, StandardCharsets.UTF_8);
    for (String format : List.of("mermaid", "dot")) {
      IcsProcess.Result run = IcsProcess.run("diagram", "--format", format, file.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out().lines()).noneMatch(line -> line.strip().startsWith("click"));
      assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("javascript:alert(1)\"");
    }
  }

  // ---- 6. Today is England's today -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Etc/GMT+12", "Pacific/Kiritimati"})
  void the_default_date_is_englands_whatever_the_machines_time_zone(String zone) throws Exception {
    LocalDate before = LocalDate.now(ZoneId.of("Europe/London"));
    IcsProcess.Result run = IcsProcess.runWith(b -> b.environment().put("TZ", zone),
        IcsProcess.command(List.of("-Duser.timezone=" + zone), "validate", EXAMPLE));
    LocalDate after = LocalDate.now(ZoneId.of("Europe/London"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsAnyOf("valid as of " + before + ":", "valid as of " + after + ":");
  }

  // ---- 7. The smaller items, and hostile use of my own ----------------------------------------------------------

  @Test
  void a_huge_as_of_is_not_echoed_and_an_impossible_date_is_named() throws Exception {
    IcsProcess.Result run = IcsProcess.run("validate", "--as-of", "9".repeat(100_000), EXAMPLE);
    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err().length()).isLessThan(400);
    assertThat(run.err()).contains("not a date").doesNotContain("DateTimeParseException");
    IcsProcess.Result impossible = IcsProcess.run("validate", "--as-of", "2026-02-30", EXAMPLE);
    assertThat(impossible.exitCode()).isEqualTo(64);
    assertThat(impossible.err()).contains("no such date: '2026-02-30'").doesNotContain("Exception");
  }

  @Test
  void unreadable_inputs_exit_66_naming_the_file_and_empty_or_binary_ones_2() throws Exception {
    IcsProcess.Result directory = IcsProcess.run("diagram", temp.toString());
    assertThat(directory.exitCode()).isEqualTo(66);
    assertThat(directory.err()).isEqualTo("ics: " + temp + ": cannot read the file: it is a directory, not a file\n");
    IcsProcess.Result csvDirectory = IcsProcess.run("inequality", "rate", "--input", temp.toString());
    assertThat(csvDirectory.exitCode()).isEqualTo(66);
    IcsProcess.Result empty = IcsProcess.run("validate", "/dev/null");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("/dev/null").contains("empty");
    IcsProcess.Result zeros = IcsProcess.run("validate", "/dev/zero");
    assertThat(zeros.exitCode()).isEqualTo(2);
    assertThat(zeros.err()).contains("NUL").doesNotContain("\tat ");
  }

  @Test
  void a_nul_byte_in_a_csv_field_is_refused_at_its_line() throws Exception {
    Path csv = temp.resolve("nul.csv");
    Files.write(csv, "area,count,population\nA,1,10\nB,1\u00002,10\n".getBytes(StandardCharsets.UTF_8));
    IcsProcess.Result run = IcsProcess.run("inequality", "proportion", "--input", csv.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("ics: " + csv + ":3: a NUL byte (0x00) at column 4");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void a_csv_at_the_row_limit_runs_in_a_512_megabyte_heap() throws Exception {
    Path csv = temp.resolve("million.csv");
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("area,count,population\n");
      for (int i = 0; i < 1_000_000; i++) {
        out.write("E0" + (1_000_000 + i) + "," + (i % 100) + ",1000\n");
      }
    }
    IcsProcess.Result run = IcsProcess.runWith(b -> b.redirectOutput(Redirect.DISCARD),
        IcsProcess.command(List.of("-Xmx512m"), "inequality", "proportion", "--input", csv.toString(), "--format",
            "csv"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  private static Path mkfifo(Path path) throws Exception {
    Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(process.waitFor()).isZero();
    return path;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
    }
  }

  private static IcsProcess.Result shell(String script) throws Exception {
    return IcsProcess.runWith(b -> { }, List.of("bash", "-c", script));
  }

  private static String quoted(List<String> words) {
    return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
  }
}
