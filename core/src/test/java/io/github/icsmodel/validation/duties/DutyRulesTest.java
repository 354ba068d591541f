package io.github.icsmodel.validation.duties;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.duty;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DutyRulesTest {

  /** The compliant system with the assurance record at the index changed. */
  private static IntegratedCareSystem changeAssurance(int index, UnaryOperator<DutyAssurance> f) {
    List<DutyAssurance> assurances = new ArrayList<>(compliant().dutyAssurances());
    assurances.set(index, f.apply(assurances.get(index)));
    return compliant().withDutyAssurances(assurances);
  }

  private static Evidence evidence(LocalDate date, String... limbs) {
    var builder = Evidence.builder().document("Health inequalities report").date(date);
    for (String limb : limbs) {
      builder.addLimb(DutyId.of(limb));
    }
    return builder.build();
  }

  /** Index 1 of the fixture's assurances is s.14Z35. */
  private static final int INEQUALITIES = 1;

  @Nested
  class AccountableLead {
    private final AccountableLeadRule rule = new AccountableLeadRule();

    @Test
    void duty_accountable_lead_passes_when_each_duty_has_a_voting_lead() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void duty_accountable_lead_fails_when_a_duty_has_no_record() {
      List<DutyAssurance> assurances = new ArrayList<>(compliant().dutyAssurances());
      assurances.remove(11);
      List<Finding> findings = run(rule, compliant().withDutyAssurances(assurances));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("duty.accountable-lead");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.path()).isEqualTo(at("/dutyAssurances"));
        assertThat(f.message()).contains("s.14Z45");
        assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 s.14Z58(2)(a)");
      });
    }

    @Test
    void duty_accountable_lead_fails_when_the_lead_is_missing() {
      List<Finding> findings = run(rule, changeAssurance(0, a -> a.withAccountableLead(java.util.Optional.empty())));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/dutyAssurances/0/accountableLead"));
        assertThat(f.message()).contains("s.14Z34").contains("names no accountable lead");
      });
    }

    @Test
    void duty_accountable_lead_fails_when_the_lead_is_a_non_voting_participant() {
      List<Finding> findings = run(rule, changeAssurance(2, a -> a.withAccountableLead(id("director-of-strategy"))));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/dutyAssurances/2/accountableLead"));
        assertThat(f.subject()).contains(id("director-of-strategy"));
        assertThat(f.message()).contains("s.14Z36").contains("Paul Hughes").contains("non-voting participant");
      });
    }

    @Test
    void duty_accountable_lead_leaves_an_unknown_lead_to_the_structure_rules() {
      assertThat(run(rule, changeAssurance(0, a -> a.withAccountableLead(id("nobody"))))).isEmpty();
    }
  }

  @Nested
  class CurrentEvidence {
    private final CurrentEvidenceRule rule = new CurrentEvidenceRule();

    @Test
    void duty_current_evidence_passes_with_evidence_from_the_last_year() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void duty_current_evidence_accepts_evidence_exactly_a_year_old() {
      assertThat(run(rule, compliant(), LocalDate.of(2026, 3, 27))).isEmpty();
    }

    @Test
    void duty_current_evidence_fails_when_evidence_is_stale() {
      List<Finding> findings =
          run(rule, changeAssurance(3, a -> a.withEvidence(evidence(LocalDate.of(2024, 6, 29)))));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("duty.current-evidence");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.path()).isEqualTo(at("/dutyAssurances/3/evidence"));
        assertThat(f.message()).contains("s.14Z37").contains("2024-06-30 and 2025-06-30")
            .contains("the latest is dated 2024-06-29");
      });
    }

    @Test
    void duty_current_evidence_does_not_count_evidence_dated_after_the_validation_date() {
      List<Finding> findings =
          run(rule, changeAssurance(3, a -> a.withEvidence(evidence(LocalDate.of(2025, 7, 1)))));
      assertThat(findings).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("none is recorded"));
    }

    @Test
    void duty_current_evidence_fails_for_every_duty_without_a_record() {
      List<Finding> findings = run(rule, compliant().withDutyAssurances(List.of()));
      assertThat(findings).hasSize(12);
      assertThat(findings.get(0).message()).contains("s.14Z34");
      assertThat(findings.get(11).message()).contains("s.14Z45");
    }
  }

  @Nested
  class InequalitiesBothLimbs {
    private final InequalitiesBothLimbsRule rule = new InequalitiesBothLimbsRule();

    @Test
    void duty_inequalities_both_limbs_passes_when_access_and_outcomes_are_evidenced() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void duty_inequalities_both_limbs_passes_with_evidence_for_the_duty_as_a_whole() {
      assertThat(run(rule, changeAssurance(INEQUALITIES, a -> a.withEvidence(evidence(LocalDate.of(2025, 5, 1))))))
          .isEmpty();
    }

    @Test
    void duty_inequalities_both_limbs_fails_when_only_access_is_evidenced_naming_the_outcomes_limb() {
      List<Finding> findings = run(rule, changeAssurance(INEQUALITIES,
          a -> a.withEvidence(evidence(LocalDate.of(2025, 5, 1), "nhsa2006:14Z35(a)"))));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("duty.inequalities-both-limbs");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.path()).isEqualTo(at("/dutyAssurances/1/evidence"));
        assertThat(f.message()).contains("shows regard to access (s.14Z35(a)) only")
            .contains("records no evidence of regard to the outcomes limb, s.14Z35(b)")
            .contains("not a finding that the duty was breached")
            .doesNotContain("requires regard to the need to reduce inequalities in both.");
        assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 s.14Z35");
      });
    }

    @Test
    void duty_inequalities_both_limbs_fails_when_only_outcomes_are_evidenced_naming_the_access_limb() {
      List<Finding> findings = run(rule, changeAssurance(INEQUALITIES,
          a -> a.withEvidence(evidence(LocalDate.of(2025, 5, 1), "nhsa2006:14Z35(b)"))));
      assertThat(findings).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("the access limb, s.14Z35(a)"));
    }

    @Test
    void duty_inequalities_both_limbs_passes_with_older_evidence_for_the_other_limb_as_the_act_sets_no_period() {
      assertThat(run(rule, changeAssurance(INEQUALITIES, a -> a.withEvidence(
          evidence(LocalDate.of(2025, 5, 1), "nhsa2006:14Z35(a)"),
          evidence(LocalDate.of(2023, 5, 1), "nhsa2006:14Z35(b)"))))).isEmpty();
    }

    @Test
    void duty_inequalities_both_limbs_fails_when_the_other_limb_is_evidenced_only_after_the_validation_date() {
      List<Finding> findings = run(rule, changeAssurance(INEQUALITIES, a -> a.withEvidence(
          evidence(LocalDate.of(2025, 5, 1), "nhsa2006:14Z35(a)"),
          evidence(LocalDate.of(2099, 5, 1), "nhsa2006:14Z35(b)"))));
      assertThat(findings).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("the outcomes limb"));
    }

    @Test
    void duty_inequalities_both_limbs_is_advice_not_a_blocking_rule() {
      assertThat(rule.severity()).isEqualTo(Severity.INFORMATION);
      assertThat(rule.kind()).isEqualTo(io.github.icsmodel.validation.RuleKind.LAW_ADVICE);
    }

    @Test
    void duty_inequalities_both_limbs_is_silent_without_a_record() {
      List<DutyAssurance> assurances = new ArrayList<>(compliant().dutyAssurances());
      assurances.remove(INEQUALITIES);
      assertThat(assurances).noneMatch(a -> a.duty().equals(duty("14Z35")));
      assertThat(run(rule, compliant().withDutyAssurances(assurances))).isEmpty();
    }
  }

  @Test
  void the_duties_checked_are_the_general_duties_and_the_financial_duties_in_force() {
    assertThat(IcbDuties.GENERAL).containsExactlyElementsOf(
        io.github.icsmodel.validation.fixtures.CompliantSystem.GENERAL_DUTIES);
    assertThat(IcbDuties.FINANCIAL).containsExactly(duty("223GC"), duty("223L"), duty("223M"));
    assertThat(IcbDuties.cite(IcbDuties.REDUCING_INEQUALITIES_ACCESS)).isEqualTo("s.14Z35(a)");
  }

  @Test
  void duty_rules_apply_from_1_july_2022() {
    assertThat(DutyRules.rules()).allSatisfy(rule -> {
      assertThat(rule.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
      assertThat(rule.appliesOn(LocalDate.of(2022, 7, 1))).isTrue();
    });
  }
}
