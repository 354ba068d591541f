package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.system.IntegratedCareSystem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryExampleTest {

  @Test
  void northshire_is_a_complete_system() {
    IntegratedCareSystem system = Northshire.system();
    assertThat(system.icb().board().members()).hasSize(11);
    assertThat(system.icp()).isPresent();
    assertThat(system.footprint()).hasSize(4);
    assertThat(system.cooperationGraph().unlinkedNhsBodyLocalAuthorityPairs()).isEmpty();
    assertThat(system.cooperationGraph().nhsBodyGroups()).hasSize(1);
    assertThat(system).isEqualTo(Northshire.system());
  }

  @Test
  void prints_a_summary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SummaryExample.print(Northshire.system(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("Northshire Integrated Care System (northshire)")
        .contains("ICB: NHS Northshire Integrated Care Board [QZ1], established 2022-07-01")
        .contains("Leo Martin: ordinary member (executive member), non-voting participant")
        .contains("NHS body groups (s.72): 1; NHS body and local authority pairs without an arrangement (s.82): 0")
        .contains("Objectives: 4, duty assurance records: 14");
  }
}
