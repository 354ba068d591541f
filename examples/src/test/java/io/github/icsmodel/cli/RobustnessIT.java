package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool runs out of memory with a message and exit code 2, never a stack trace (issue #13). */
class RobustnessIT {

  @Test
  void runningOutOfMemoryExitsWithAMessageSayingWhatToDo(@TempDir Path directory) throws Exception {
    Path csv = directory.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("area,count,population\n");
      for (int i = 0; i < 600_000; i++) {
        out.write("area-with-a-long-name-" + i + "," + (i % 100) + ",1000\n");
      }
    }
    IcsProcess.Result result = IcsProcess.runJava(List.of("-Xmx24m"), "inequality", "proportion", "--input",
        csv.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("ics: out of memory").contains("-Xmx").doesNotContain("\tat ")
        .doesNotContain("OutOfMemoryError");
  }
}
