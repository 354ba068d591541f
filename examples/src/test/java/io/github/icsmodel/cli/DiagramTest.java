package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagramTest {
  private static IntegratedCareSystem northshire() {
    return IcsJson.readSystem(Path.of("data", "northshire.json"));
  }

  @Test
  void mermaid_draws_the_icb_icp_places_collaboratives_and_arrangements() {
    String mermaid = Diagram.mermaid(northshire());
    assertThat(mermaid)
        .startsWith("flowchart LR\n")
        .contains("subgraph ICB[\"NHS Northshire and Wexcaster Integrated Care Board (ICB)\"]")
        .contains("\"Dr Helen Marsh: chair\"")
        .contains("\"Dr Ruth Oyelaran: participant (non-voting)\"")
        .contains("subgraph ICP[\"Northshire and Wexcaster Integrated Care Partnership (ICP)\"]")
        .contains("\"Place: Wexcaster Place Partnership\"")
        .contains("\"Provider collaborative: Northshire and Wexcaster Acute Provider Collaborative\"")
        .contains("{{\"Better Care Fund section 75 agreement (Northshire)\"}}")
        .doesNotContain("s.82: no arrangement");
  }

  @Test
  void missing_section_82_links_are_highlighted() {
    IntegratedCareSystem system = northshire()
        .withArrangements(northshire().arrangements().subList(1, 3))
        .withPlaces();
    String mermaid = Diagram.mermaid(system);
    assertThat(mermaid).contains("s.82: no arrangement").contains("linkStyle").contains("stroke:#d00");
    long dashed = mermaid.lines().filter(l -> l.contains(" -. ")).count();
    assertThat(dashed).isEqualTo(system.cooperationGraph().unlinkedNhsBodyLocalAuthorityPairs().size());
    String dot = Diagram.dot(system);
    assertThat(dot).startsWith("graph ics {").endsWith("}\n").contains("style=dashed, color=red");
  }

  @Test
  void labels_are_escaped() {
    IntegratedCareSystem system = northshire()
        .withName("The \"Quoted\" System");
    assertThat(Diagram.mermaid(system)).contains("%% The #34;Quoted#34; System");
    assertThat(Diagram.dot(system)).contains("label=\"The \\\"Quoted\\\" System\"");
  }
}
