package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.reference.EnglandReference;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.reference.Geography;
import io.github.icsmodel.reference.ReferenceIcb;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InitCommandTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static Stream<ReferenceIcb> icbs() {
    return EnglandReference.load().icbs().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("icbs")
  void init_writes_a_starting_configuration_that_reads_and_lists_what_is_left_to_do(ReferenceIcb icb) {
    IntegratedCareSystem written =
        InitCommand.configuration(EnglandReference.load(), icb, Geography.APRIL_2024);
    IntegratedCareSystem read = IcsJson.parseSystem(IcsJson.toJson(written));
    assertThat(read).isEqualTo(written);

    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(TODAY)).validate(read, TODAY);

    assertThat(report.count(Severity.FATAL)).isZero();
    assertThat(report.findings()).extracting(f -> f.ruleId().namespace())
        .as("the reference data and the structure are right from the start")
        .doesNotContain("reference", "structure");
    long responsible = EnglandReference.load().responsibleLocalAuthorities(icb, Geography.APRIL_2024).size();
    assertThat(report.findings().stream().filter(f -> f.ruleId().toString().equals("icp.local-authority-members")))
        .as("one ICP member to appoint per responsible local authority")
        .hasSize((int) responsible);
    assertThat(report.findings()).extracting(Finding::ruleId).extracting(Object::toString)
        .contains("board.chair-count", "icp.icb-member", "plan.jfp-exists");
    assertThat(read.places()).hasSize((int) responsible);
  }
}
