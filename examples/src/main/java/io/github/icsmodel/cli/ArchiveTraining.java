package io.github.icsmodel.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The workload the build runs once with {@code -XX:DumpLoadedClassList} to make the distribution's class-data
 * archive ({@code lib/ics.jsa}, then made by {@code -Xshare:dump}): the commands people run most, in one process,
 * their output discarded. The classes they load are the ones the archive holds; any other class still loads from
 * {@code ics.jar}. Not a user command: the {@code distribution} module runs it as {@code java -cp ics.jar
 * io.github.icsmodel.cli.ArchiveTraining CONFIGURATION}, with the same class path as the launcher's {@code -jar}.
 */
final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs the workload.
   *
   * @param args the path of a valid configuration (the bundled example)
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ArchiveTraining CONFIGURATION");
    }
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true);
    String[][] commands = {
      {"--help"},
      {"validate", "--quiet", args[0]},
      {"validate", args[0]},
      // The report formats of CI pipelines and of tools that read the findings.
      {"validate", "--format", "json", args[0]},
      {"validate", "--format", "sarif", args[0]},
      {"rules"},
      // A fixed date, so that the build does not depend on whether this ICB still exists on the day it runs.
      {"init", "--icb", "QYG", "--as-of", "2026-12-01"},
    };
    for (String[] command : commands) {
      int exit = Ics.run(command, discard, discard);
      if (exit != Ics.OK) {
        throw new IllegalStateException("ics " + String.join(" ", command) + " exited with " + exit);
      }
    }
  }
}
