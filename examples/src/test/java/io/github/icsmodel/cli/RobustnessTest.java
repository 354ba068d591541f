package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's robustness (issue #13, and #12 item 6): no overwriting without --force, atomic writes, file
 * errors in words with the path, control characters escaped, SARIF always a log, repetitions bounded.
 */
class RobustnessTest {
  private static final Path EXAMPLE = Path.of("data", "northshire.json");

  record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ics.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void initRefusesToReplaceAFileWithoutForce(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("qyg.json");
    Files.writeString(file, "my work");

    Run refused = run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out", file.toString());

    assertThat(refused.exitCode()).as("EX_CANTCREAT").isEqualTo(73);
    assertThat(refused.err()).isEqualTo("ics: " + file + ": the file already exists; add --force to replace it"
        + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("my work");

    Run forced = run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out", file.toString(), "--force");

    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(file)).startsWith("{");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).as("no temporary file is left behind").containsExactly(file);
    }
  }

  @Test
  void initWritesANewFileAndNamesAMissingDirectoryInWords(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("new.json");
    assertThat(run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out", file.toString()).exitCode()).isZero();
    assertThat(Files.readString(file)).contains("\"format\": \"icsmodel/1\"");

    Path nowhere = directory.resolve("missing").resolve("x.json");
    Run failed = run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out", nowhere.toString());
    assertThat(failed.exitCode()).as("EX_CANTCREAT").isEqualTo(73);
    assertThat(failed.err()).contains("no such file or directory").contains(nowhere.getParent().toString())
        .doesNotContain("Exception");
  }

  @Test
  void aMissingFileIsNamedWithItsCauseInWords() {
    Run run = run("validate", "no-such-file.json");
    assertThat(run.exitCode()).as("EX_NOINPUT").isEqualTo(66);
    assertThat(run.err()).isEqualTo("ics: no-such-file.json: cannot read the file: no such file or directory"
        + System.lineSeparator());
  }

  @Test
  void sarifIsALogEvenWhenNoFileCanBeRead() throws Exception {
    Run run = run("validate", "--format", "sarif", "--as-of", "2026-12-02", "no-such-file.json");
    assertThat(run.exitCode()).isEqualTo(66);
    JsonNode log = new ObjectMapper().readTree(run.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .contains("no-such-file.json").contains("no such file");
  }

  @Test
  void controlCharactersFromADocumentAreEscapedInTextOutput(@TempDir Path directory) throws Exception {
    String hostile = Files.readString(EXAMPLE, StandardCharsets.UTF_8).replaceFirst("\"icb\": \\{",
        "\"icb\": {\"\\\\u001b]0;owned\\\\u0007\\\\nERROR forged\\\\u009b2J\": 1, ");
    Path file = directory.resolve("hostile\u001b[31m.json");
    Files.writeString(file, hostile, StandardCharsets.UTF_8);

    Run run = run("validate", "--lenient", "--as-of", "2026-12-02", file.toString());

    assertThat(run.out() + run.err()).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x0C\\x0E-\\x1F\\x7F\\x{80}-\\x{9F}]");
    assertThat(run.out()).contains("\\u001B]0;owned\\u0007\\nERROR forged\\u009B2J");
  }

  @Test
  void controlCharactersInAnUnreadableDocumentAreEscapedInTheError(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"icsmodel/1\", \"\\u001b[2J\\n\": 1}", StandardCharsets.UTF_8);
    Run run = run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("\u001b").contains("\\u001B[2J\\n");
  }

  @Test
  void repetitionsAreBounded() {
    Run run = run("inequality", "sii", "--input", "data/inequality/life-expectancy-deciles.csv", "--repetitions",
        "2147483647");
    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err()).contains("at most 10,000,000").doesNotContain("Exception");
  }

  @Test
  void aPlotIsWrittenAtomicallyAndAnUnwritableOneIsNamed(@TempDir Path directory) throws Exception {
    Path plot = directory.resolve("missing").resolve("chart.svg");
    Run run = run("inequality", "sii", "--input", "data/inequality/life-expectancy-deciles.csv", "--repetitions",
        "1000", "--seed", "1", "--plot", plot.toString());
    assertThat(run.exitCode()).as("EX_CANTCREAT").isEqualTo(73);
    assertThat(run.err()).contains(plot.toString()).contains("no such file or directory")
        .doesNotContain("Exception");
  }

  @Test
  void helpListsTheExitCodesTheReadmeDocuments() throws Exception {
    Run help = run("--help");
    assertThat(help.exitCode()).isZero();
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (String code : new String[] {"0", "1", "2", "64", "66", "73", "74"}) {
      assertThat(help.out()).containsPattern("(?m)^  " + code + " +\\S");
      assertThat(readme).contains("| `" + code + "` |");
    }
    assertThat(help.out()).contains("Europe/London").contains("- for standard input");
  }

  @Test
  void aDirectoryGivenAsInputExits66NamingIt(@TempDir Path directory) {
    Run run = run("validate", directory.toString());
    assertThat(run.exitCode()).isEqualTo(66);
    assertThat(run.err()).isEqualTo("ics: " + directory + ": cannot read the file: it is a directory, not a file"
        + System.lineSeparator());
  }
}
