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
  /** The date every command of the workload answers for. */
  static final String TRAINING_DATE = "2026-12-01";

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
      // Fixed dates, so that the workload does the same on any day: the example's board terms and this ICB end.
      {"validate", "--quiet", "--as-of", TRAINING_DATE, args[0]},
      {"validate", "--as-of", TRAINING_DATE, args[0]},
      // The report formats of CI pipelines and of tools that read the findings.
      {"validate", "--format", "json", "--as-of", TRAINING_DATE, args[0]},
      {"validate", "--format", "sarif", "--as-of", TRAINING_DATE, args[0]},
      {"rules", "--as-of", TRAINING_DATE},
      {"init", "--icb", "QYG", "--as-of", TRAINING_DATE},
    };
    for (String[] command : commands) {
      int exit = Ics.run(command, discard, discard);
      if (exit != Ics.OK) {
        throw new IllegalStateException("ics " + String.join(" ", command) + " exited with " + exit);
      }
    }
  }
}
