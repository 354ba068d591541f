package io.github.icsmodel.validation.icb;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AreaFacts;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IcbRulesTest {
  private static final Validator ALL = Validator.of(RuleSet.all());

  private static IntegratedCareSystem withIcb(IntegratedCareBoard icb) {
    return compliant().withIcb(icb);
  }

  private static IntegratedCareBoard icb() {
    return compliant().icb();
  }

  @Test
  void icb_not_yet_established_passes_on_and_after_the_establishment() {
    assertThat(run(new NotYetEstablishedRule(), compliant(), LocalDate.of(2022, 7, 1))).isEmpty();
  }

  @Test
  void icb_not_yet_established_fails_before_1_july_2022_with_one_finding_and_no_other() {
    ValidationReport report = ALL.validate(compliant(), LocalDate.of(2022, 6, 30));

    assertThat(report.findings()).hasSize(1);
    Finding finding = report.findings().get(0);
    assertThat(finding.ruleId().toString()).isEqualTo("icb.not-yet-established");
    assertThat(finding.severity()).isEqualTo(Severity.INFORMATION);
    assertThat(finding.path()).isEqualTo(at("/icb/establishedOn"));
    assertThat(finding.message()).contains("no integrated care board existed", "1 July 2022");
  }

  @Test
  void icb_not_yet_established_fails_before_a_later_establishment() {
    IntegratedCareSystem system = withIcb(icb().withEstablishedOn(LocalDate.of(2026, 4, 1)));

    ValidationReport report = ALL.validate(system, LocalDate.of(2026, 3, 31));

    assertThat(report.findings()).extracting(f -> f.ruleId().toString()).containsExactly("icb.not-yet-established");
    assertThat(report.findings().get(0).message()).contains("had not yet been established", "2026-04-01");
  }

  @Test
  void icb_dissolved_passes_before_the_dissolution() {
    IntegratedCareSystem system = withIcb(icb().withDissolvedOn(LocalDate.of(2026, 4, 1)));

    assertThat(run(new DissolvedRule(), system, LocalDate.of(2026, 3, 31))).isEmpty();
    assertThat(run(new DissolvedRule(), compliant(), LocalDate.of(2026, 12, 2))).isEmpty();
  }

  @Test
  void icb_dissolved_fails_with_one_finding_naming_the_successor_and_no_demand_for_later_plans() {
    IntegratedCareSystem system = withIcb(icb().withDissolvedOn(LocalDate.of(2026, 4, 1))
        .withSuccessor(OdsCode.of("S1Y5D")));

    ValidationReport report = ALL.validate(system, LocalDate.of(2026, 12, 2));

    assertThat(report.findings()).hasSize(1);
    Finding finding = report.findings().get(0);
    assertThat(finding.ruleId().toString()).isEqualTo("icb.dissolved");
    assertThat(finding.path()).isEqualTo(at("/icb/dissolvedOn"));
    assertThat(finding.message()).contains("dissolved on 2026-04-01", "S1Y5D", "no other rule");
  }

  @Test
  void icb_dissolved_says_when_the_configuration_records_no_successor() {
    IntegratedCareSystem system = withIcb(icb().withDissolvedOn(LocalDate.of(2026, 4, 1)));

    assertThat(run(new DissolvedRule(), system, LocalDate.of(2026, 4, 1))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("does not record its successor"));
  }

  @Test
  void icb_dissolved_names_the_successors_the_facts_know_whatever_the_configuration_records() {
    OdsCode own = compliant().icb().odsCode().orElseThrow();
    AreaFacts facts = AreaFacts.none().withIcbSuccessors(
        Map.of(own, "part of NHS East ICB (E1A1A, from 2026-04-01) and part of NHS West ICB (W2B2B, from 2026-04-01)"));
    DissolvedRule rule = new DissolvedRule(facts.icbSuccessors());

    for (IntegratedCareBoard dissolved : List.of(icb().withDissolvedOn(LocalDate.of(2026, 4, 1)),
        icb().withDissolvedOn(LocalDate.of(2026, 4, 1)).withSuccessor(OdsCode.of("S1Y5D")))) {
      assertThat(run(rule, withIcb(dissolved), LocalDate.of(2026, 4, 1))).singleElement().satisfies(f -> {
        assertThat(f.message()).contains("NHS East ICB (E1A1A, from 2026-04-01)", "NHS West ICB (W2B2B",
            "England's reference data");
        assertThat(f.message()).doesNotContain("does not record its successor", "S1Y5D");
      });
    }
    assertThat(IcbRules.rules(facts)).filteredOn(r -> r.id().toString().equals("icb.dissolved")).singleElement()
        .satisfies(r -> assertThat(run(r, withIcb(icb().withDissolvedOn(LocalDate.of(2026, 4, 1))),
            LocalDate.of(2026, 4, 1))).singleElement().satisfies(f -> assertThat(f.message()).contains("E1A1A")));
  }

  @Test
  void the_existence_rules_apply_on_every_date() {
    for (var rule : IcbRules.rules()) {
      assertThat(rule.startDate()).isEmpty();
      assertThat(rule.appliesOn(LocalDate.of(2000, 1, 1))).isTrue();
      assertThat(rule.requiresExistingIcb()).isFalse();
    }
  }
}
