package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: {@code ics validate} reads the reference data and the statute text on a second thread while its own
 * thread builds the command and reads the file. Fresh processes, many times and under the launcher's flags too,
 * always finish (the threads never wait for each other) and answer exactly as a run whose data were read first.
 */
class PreloadIT {
  private static final String EXAMPLE = "data/northshire.json";
  private static final String BROKEN = "data/broken/board.chair-count--two-chairs.json";

  @Test
  void freshProcessesAlwaysFinishWithTheSameReport() throws Exception {
    // The report of a run whose data were read before it started: in this JVM, after reading them, the other
    // threads have nothing left to do.
    io.github.icsmodel.reference.EnglandReference.load();
    io.github.icsmodel.duty.DutyCatalogue.builtIn();
    CliWidthTest.Run expected = CliWidthTest.run("validate", "--as-of", "2026-12-07", EXAMPLE, BROKEN);
    assertThat(expected.out()).contains("northshire.json: valid as of 2026-12-07");
    List<List<String>> flags = List.of(List.of(),
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m"),
        List.of("-XX:ActiveProcessorCount=1"),
        // The interpreter alone: the threads' work in other proportions.
        List.of("-Xint"));
    for (int round = 0; round < 3; round++) {
      for (List<String> options : flags) {
        if (round > 0 && options.contains("-Xint")) {
          continue;
        }
        IcsProcess.Result run =
            IcsProcess.runJava(options, "validate", "--as-of", "2026-12-07", EXAMPLE, BROKEN);
        assertThat(run.exitCode()).as("%s", options).isEqualTo(expected.exit());
        assertThat(run.out()).as("%s", options).isEqualTo(expected.out());
        assertThat(run.err()).as("%s", options).isEqualTo(expected.err());
      }
    }
  }
}
