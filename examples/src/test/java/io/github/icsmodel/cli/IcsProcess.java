package io.github.icsmodel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code ics.jar} as a separate process, as a user would, and captures what it prints. */
final class IcsProcess {
  private IcsProcess() {}

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  static Path jar() {
    return Paths.get(System.getProperty("ics.jar", "target/ics.jar"));
  }

  static Path examples() {
    return Paths.get(System.getProperty("ics.examples", "."));
  }

  static Result run(String... args) throws IOException, InterruptedException {
    return runJava(List.of(), args);
  }

  /** Runs with options for the Java virtual machine, such as a small heap. */
  static Result runJava(List<String> javaOptions, String... args) throws IOException, InterruptedException {
    return runWith(builder -> { }, command(javaOptions, args));
  }

  /** The command that runs the tool: java, its options, -jar ics.jar and the arguments. */
  static List<String> command(List<String> javaOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs a command (the tool, or a shell around it) in the examples directory; the set-up may change the
   * environment or redirect standard input or output (what it redirects elsewhere is not captured).
   */
  static Result runWith(java.util.function.Consumer<ProcessBuilder> setUp, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("ics-out", ".txt");
    Path err = Files.createTempFile("ics-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(examples().toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      setUp.accept(builder);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("ics did not finish in 120 s: " + command);
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
