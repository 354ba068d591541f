package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramCommandIT {
  @TempDir Path temp;

  @Test
  void draws_mermaid_and_dot() throws Exception {
    Path file = temp.resolve("qyg.json");
    IcsProcess.run("init", "--icb", "QYG", "--out", file.toString());
    IcsProcess.Result mermaid = IcsProcess.run("diagram", file.toString());
    assertThat(mermaid.exitCode()).isZero();
    assertThat(mermaid.out()).startsWith("flowchart LR")
        .contains("subgraph ICB[\"NHS Cheshire and Merseyside Integrated Care Board (ICB)\"]")
        .contains("Place: Halton")
        .as("every place joins the ICB to its council").doesNotContain("s.82: no arrangement");
    IcsProcess.Result dot = IcsProcess.run("diagram", "--format", "dot", file.toString());
    assertThat(dot.exitCode()).isZero();
    assertThat(dot.out()).startsWith("graph ics {").contains("subgraph cluster_icb");
  }

  @Test
  void a_missing_file_exits_66_and_a_bad_format_64() throws Exception {
    IcsProcess.Result missing = IcsProcess.run("diagram", temp.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(66);
    assertThat(missing.err()).contains("none.json").doesNotContain("\tat ");
    assertThat(IcsProcess.run("diagram", "--format", "svg", "x.json").exitCode()).isEqualTo(64);
  }
}
