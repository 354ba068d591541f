package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SummaryExampleTest {
  static final Path NORTHSHIRE = Path.of("data", "northshire.json");

  @Test
  void northshire_is_a_complete_system() {
    IntegratedCareSystem system = IcsJson.readSystem(NORTHSHIRE);
    assertThat(system.icb().board().members()).hasSize(12);
    assertThat(system.icp()).isPresent();
    assertThat(system.footprint()).hasSize(3);
    assertThat(system.cooperationGraph().unlinkedNhsBodyLocalAuthorityPairs()).isEmpty();
    assertThat(system.cooperationGraph().nhsBodyGroups()).hasSize(1);
    assertThat(system).isEqualTo(IcsJson.readSystem(NORTHSHIRE));
  }

  @Test
  void northshire_passes_every_built_in_rule_under_the_real_clock() {
    // Unpinned: the example does not expire before 31 March 2029 (NorthshireDoesNotExpireTest).
    ValidationReport report = Validator.of(RuleSet.all()).validate(IcsJson.readSystem(NORTHSHIRE),
        LocalDate.now());
    assertThat(report.findings()).noneMatch(f -> f.severity().isBlocking());
  }

  @Test
  void prints_a_summary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SummaryExample.print(IcsJson.readSystem(NORTHSHIRE), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("Northshire and Wexcaster Integrated Care System (northshire)")
        .contains("ICB: NHS Northshire and Wexcaster Integrated Care Board [Q9N], established 2022-07-01")
        .contains("Board (12 at the table)")
        .contains("Dr Ruth Oyelaran: non-voting participant, Director of Public Health (in attendance)")
        .contains("NHS body groups (s.72): 1; NHS body and local authority pairs without an arrangement (s.82): 0")
        .contains("Objectives: 4, duty assurance records: 12");
  }
}
