package io.github.icsmodel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs bin/ics from the packaged distribution, unpacked as a user would, with and without a usable class-data
 * archive, with a corrupt one and with one that does not match the jar: every time the same output as
 * {@code java -jar ics.jar}, the same exit code, and nothing on standard error.
 */
@EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.OPENBSD, OS.SOLARIS, OS.AIX}) // bin/ics is the POSIX launcher
class LauncherIT {
  private static final String VERSION_DIR = "ics-" + System.getProperty("project.version", "0.1.0-SNAPSHOT");

  @TempDir Path temp;

  private Path home;

  private static Path java() {
    return Paths.get(System.getProperty("java.home"), "bin", "java");
  }

  private static Path northshire() {
    return Paths.get(System.getProperty("ics.examples", "../examples"), "data", "northshire.json").toAbsolutePath();
  }

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  @BeforeEach
  void unpack() throws Exception {
    Path archive = Paths.get(System.getProperty("ics.distribution")).toAbsolutePath();
    Result tar = run(List.of("tar", "-xzf", archive.toString()), Map.of(), temp);
    assertThat(tar.exitCode()).as(tar.err()).isZero();
    try (var listing = Files.list(temp)) {
      home = listing.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    assertThat(home.getFileName().toString()).startsWith("ics-");
  }

  private static Result run(List<String> command, Map<String, String> environment, Path directory)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher-out", ".txt");
    Path err = Files.createTempFile("launcher-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().remove("ICS_JAVA_OPTS");
      builder.environment().remove("ICS_NO_ARCHIVE");
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("did not finish in 180 s: " + command);
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private Result ics(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/ics").toString());
    Collections.addAll(command, args);
    return run(command, environment, temp);
  }

  private Result javaJar(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java().toString(), "-jar", home.resolve("lib/ics.jar").toString()));
    Collections.addAll(command, args);
    return run(command, Map.of(), temp);
  }

  private String archiveId() throws IOException {
    return Files.readString(home.resolve("lib/ics.jsa.id"), StandardCharsets.UTF_8);
  }

  @Test
  void holdsTheLaunchersTheJarTheArchiveAndTheExample() throws Exception {
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/ics"))).contains(PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.OTHERS_EXECUTE);
    assertThat(home.resolve("lib/ics.jar")).isRegularFile();
    assertThat(home.resolve("lib/ics.jsa")).isRegularFile();
    assertThat(home.resolve("examples/northshire.json")).isRegularFile();
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(home.resolve("NOTICE")).isRegularFile();
    assertThat(Files.readString(home.resolve("bin/ics.cmd"), StandardCharsets.UTF_8))
        .contains("\r\n").contains("-jar \"%ICS_HOME%\\lib\\ics.jar\" %*");
    // Made for the directory of the build, not this one.
    assertThat(archiveId()).startsWith("home=").doesNotContain(home.toRealPath().toString());
  }

  @Test
  void whereItWasBuiltTheArchiveOfTheBuildIsUsed() throws Exception {
    Path staged = Paths.get(System.getProperty("ics.staging"));
    String id = Files.readString(staged.resolve("lib/ics.jsa.id"), StandardCharsets.UTF_8);
    List<String> command = List.of(staged.resolve("bin/ics").toString(), "validate", "--quiet",
        northshire().toString());
    // -Xshare:on: the JVM fails rather than run without the archive.
    Result result = run(command, Map.of("ICS_JAVA_OPTS", "-Xshare:on"), temp);
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("valid as of");
    assertThat(Files.readString(staged.resolve("lib/ics.jsa.id"), StandardCharsets.UTF_8)).isEqualTo(id);
  }

  @Test
  void theZipHoldsTheSameFiles() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(System.getProperty("ics.distribution.zip"))) {
      zip.stream().map(ZipEntry::getName).forEach(names::add);
    }
    String root = home.getFileName() + "/";
    assertThat(names).contains(root + "bin/ics", root + "bin/ics.cmd", root + "lib/ics.jar", root + "lib/ics.jsa",
        root + "lib/ics.jsa.id", root + "examples/northshire.json", root + "LICENSE", root + "NOTICE");
  }

  @Test
  void unpackedElsewhereItRemakesTheArchiveOnceThenUsesIt() throws Exception {
    Result first = ics(Map.of(), "validate", "--quiet", northshire().toString());
    assertThat(first.err()).isEmpty();
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(javaJar("validate", "--quiet", northshire().toString()).out())
        .contains("valid as of");
    assertThat(archiveId()).isEqualTo("home=" + home.toRealPath() + "\njava=" + java() + "\n");
    try (var listing = Files.list(home.resolve("lib"))) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ics.jar", "ics.jsa",
          "ics.jsa.id");
    }
    // -Xshare:on makes the JVM fail rather than run without the archive: the archive is used.
    Result shared = ics(Map.of("ICS_JAVA_OPTS", "-Xshare:on"), "validate", "--quiet", northshire().toString());
    assertThat(shared.err()).isEmpty();
    assertThat(shared.exitCode()).isZero();
    assertThat(shared.out()).isEqualTo(first.out());
  }

  @Test
  void aFailedAttemptToMakeTheArchiveIsRecordedAndNotMadeAgainOnEveryRun() throws Exception {
    Path example = home.resolve("examples/northshire.json");
    String valid = Files.readString(example, StandardCharsets.UTF_8);
    Files.writeString(example, "not a configuration", StandardCharsets.UTF_8);
    Result first = ics(Map.of(), "validate", "--quiet", northshire().toString());
    assertThat(first.err()).isEmpty();
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("valid as of");
    assertThat(archiveId()).isEqualTo("home=" + home.toRealPath() + "\njava=" + java() + "\nfailed\n");
    // With the workload mended, the record still stands: this directory and this Java are not tried again.
    Files.writeString(example, valid, StandardCharsets.UTF_8);
    Result second = ics(Map.of(), "validate", "--quiet", northshire().toString());
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(archiveId()).endsWith("\nfailed\n");
    // No temporary file left behind; the build's archive (made for another directory) stays unused.
    try (var listing = Files.list(home.resolve("lib"))) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ics.jar", "ics.jsa",
          "ics.jsa.id");
    }
  }

  @Test
  void optionsThatAskForC2AreHonoured() throws Exception {
    // One compiler thread suits C1 alone; with C2 Java refuses it, so the launcher leaves it out.
    Result result = ics(Map.of("ICS_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "validate", "--quiet",
        northshire().toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("valid as of");
  }

  @Test
  void theArchiveHoldsTheToolsClasses() throws Exception {
    ics(Map.of(), "--version");
    Result loading = ics(Map.of("ICS_JAVA_OPTS", "-Xlog:class+load=info"), "validate", "--quiet",
        northshire().toString());
    assertThat(loading.exitCode()).isZero();
    // A static archive: the tool's classes, picocli's Java 5 class files and the JSON formats' lambda classes.
    assertThat(loading.out()).contains("io.github.icsmodel.cli.ValidateCommand source: shared objects file")
        .contains("io.github.icsmodel.validation.Validator source: shared objects file")
        .contains("picocli.CommandLine source: shared objects file")
        .containsPattern("io\\.github\\.icsmodel\\.json\\.BoardFormats\\$\\$Lambda\\$\\S+ source: shared objects file")
        .doesNotContain("io.github.icsmodel.cli.ValidateCommand source: jar:");
  }

  @Test
  void withoutAnArchiveItRunsTheSame() throws Exception {
    Files.delete(home.resolve("lib/ics.jsa"));
    Result result = ics(Map.of("ICS_NO_ARCHIVE", "1"), "rules", "--format", "csv");
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(javaJar("rules", "--format", "csv").out());
    assertThat(home.resolve("lib/ics.jsa")).doesNotExist();
  }

  @Test
  void aCorruptArchiveIsIgnoredSilently() throws Exception {
    ics(Map.of(), "--version");
    Files.write(home.resolve("lib/ics.jsa"), "not a class-data archive".getBytes(StandardCharsets.US_ASCII));
    Result result = ics(Map.of(), "validate", "--quiet", northshire().toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("valid as of");
  }

  @Test
  void anArchiveOfAnotherJarIsIgnoredSilently() throws Exception {
    ics(Map.of(), "--version");
    Path jar = home.resolve("lib/ics.jar");
    // The JVM takes a jar with another modification time for another jar: the archive no longer matches.
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    Result result = ics(Map.of(), "validate", "--quiet", northshire().toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("valid as of");
  }

  @Test
  void anArchiveOfAnotherJavaIsIgnoredSilently() throws Exception {
    // Another Java runtime if the machine has one (ICS_OTHER_JAVA_HOME, or Temurin 25 where the project is
    // developed); otherwise this Java under another path, which the launcher must take for another Java too.
    String given = System.getenv("ICS_OTHER_JAVA_HOME");
    Path other = Paths.get(given != null ? given : "/usr/lib/jvm/temurin-25-jdk-amd64");
    if (!Files.isExecutable(other.resolve("bin/java"))) {
      other = temp.resolve("other-java");
      Files.createDirectories(other.resolve("bin"));
      Path wrapper = Files.writeString(other.resolve("bin/java"),
          "#!/bin/sh\nexec '" + java() + "' \"$@\"\n", StandardCharsets.UTF_8);
      assertThat(wrapper.toFile().setExecutable(true)).isTrue();
    }
    ics(Map.of(), "--version");
    // The archive made for this Java, and the id of the other, so that the launcher offers it to the other Java.
    Files.writeString(home.resolve("lib/ics.jsa.id"),
        "home=" + home.toRealPath() + "\njava=" + other.resolve("bin/java") + "\n");
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", other.toString());
    Result result = ics(environment, "validate", "--quiet", northshire().toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("valid as of");
  }

  @Test
  void exitCodesArgumentsAndSymbolicLinksPassThrough() throws Exception {
    Path spaced = temp.resolve("a dir with spaces");
    Files.createDirectories(spaced);
    Path copy = Files.copy(northshire(), spaced.resolve("north shire.json"));
    Path link = Files.createSymbolicLink(temp.resolve("ics-link"), home.resolve("bin/ics"));
    Result valid = run(List.of(link.toString(), "validate", "--quiet", copy.toString()), Map.of(), temp);
    assertThat(valid.err()).isEmpty();
    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out()).contains("north shire.json: valid");
    Result missing = ics(Map.of(), "validate", "no-such-file.json");
    assertThat(missing.exitCode()).as("EX_NOINPUT, as through java -jar").isEqualTo(66);
    assertThat(missing.err()).isEqualTo(javaJar("validate", "no-such-file.json").err());
    Result usage = ics(Map.of(), "--no-such-option");
    assertThat(usage.exitCode()).isEqualTo(64);
    Result version = ics(Map.of(), "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).isEqualTo(javaJar("--version").out()).startsWith("ics ");
  }
}
