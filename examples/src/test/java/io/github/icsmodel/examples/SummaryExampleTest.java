package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
  void northshire_passes_every_built_in_rule_with_its_inequalities_indicators_broken_down() {
    // Unpinned: the example does not expire before 31 March 2029 (NorthshireDoesNotExpireTest).
    ValidationReport report = Validator.of(RuleSet.all()).validate(Northshire.system(), LocalDate.now());
    assertThat(report.findings()).noneMatch(f -> f.severity().isBlocking());
    assertThat(Northshire.system().indicators())
        .allSatisfy(indicator -> assertThat(indicator.dimensions()).contains(BreakdownDimension.DEPRIVATION_QUINTILE,
            BreakdownDimension.ETHNICITY, BreakdownDimension.AGE_BAND, BreakdownDimension.SEX));
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
