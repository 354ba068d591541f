package io.github.icsmodel.validation.review;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.board.BoardFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules added or regraded after the law review of December 2026, each with a passing and a failing case named
 * by rule id. (The regraded rules' other cases stay with their families' tests.)
 */
class LawReviewRulesTest {

  private static Rule rule(String id) {
    return RuleSet.all().find(RuleId.of(id)).orElseThrow();
  }

  @Nested
  class ConstitutionPublished {
    private final Rule rule = rule("constitution.published");

    @Test
    void constitution_published_passes_when_recorded_as_published() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void constitution_published_fails_when_recorded_as_not_published() {
      IntegratedCareSystem system = compliant()
          .withIcb(compliant().icb().withConstitutionPublished(false));
      List<Finding> findings = run(rule, system);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("constitution.published");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW);
        assertThat(f.path()).isEqualTo(at("/icb/constitutionPublished"));
        assertThat(f.message()).contains("records").contains("as not published").contains("s.14Z29");
        assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 s.14Z29");
      });
    }

    @Test
    void constitution_published_states_no_breach_when_publication_is_not_recorded() {
      IntegratedCareSystem silent = compliant()
          .withIcb(compliant().icb().withConstitutionPublished(Optional.empty()));
      assertThat(run(rule, silent)).as("B-35: not recorded is not false").isEmpty();
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void constitution_publication_unrecorded_warns_only_when_publication_is_not_recorded() {
      Rule unrecorded = rule("constitution.publication-unrecorded");
      IntegratedCareSystem silent = compliant()
          .withIcb(compliant().icb().withConstitutionPublished(Optional.empty()));
      assertThat(run(unrecorded, silent)).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("constitution.publication-unrecorded");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.path()).isEqualTo(at("/icb"));
        assertThat(f.message()).contains("is not recorded", "does not show", "s.14Z29");
      });
      assertThat(run(unrecorded, compliant())).isEmpty();
      assertThat(run(unrecorded, compliant().withIcb(compliant().icb().withConstitutionPublished(false))))
          .as("a recorded false is constitution.published's").isEmpty();
      assertThat(unrecorded.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
    }

    @Test
    void constitution_published_applies_from_1_july_2022() {
      assertThat(rule.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
      assertThat(rule.appliesOn(LocalDate.of(2022, 7, 1))).isTrue();
    }
  }

  @Nested
  class AnnualReportPublished {
    private final Rule rule = rule("plan.annual-report-published");

    @Test
    void plan_annual_report_published_passes_when_given_and_published() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_annual_report_published_warns_that_the_law_is_not_shown_met_when_neither_is_recorded() {
      // The report on 2023/24 was prepared in 2024/25, which has ended by the validation date.
      List<AnnualReport> reports = new ArrayList<>(compliant().annualReports());
      int last = 0;
      reports.set(last, reports.get(last).withGivenToNhsEngland(false)
          .withPublishedOn(Optional.empty()));
      List<Finding> findings = run(rule, compliant().withAnnualReports(reports));
      assertThat(findings).hasSize(2).allSatisfy(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("plan.annual-report-published");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.message()).contains("so the configuration does not show s.14Z58(6)");
      });
      assertThat(findings).extracting(Finding::path).containsExactlyInAnyOrder(
          at("/annualReports/" + last + "/givenToNhsEngland"), at("/annualReports/" + last + "/publishedOn"));
      assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("sets no date"));
    }

    @Test
    void plan_annual_report_published_does_not_check_a_report_still_in_its_year_of_preparation() {
      List<AnnualReport> reports = new ArrayList<>(compliant().annualReports());
      int last = reports.size() - 1;
      reports.set(last, reports.get(last).withGivenToNhsEngland(false).withPublishedOn(Optional.empty()));
      assertThat(run(rule, compliant().withAnnualReports(reports))).as("the report on 2024/25 is due in 2025/26")
          .isEmpty();
    }

    @Test
    void plan_annual_report_published_checks_every_report_not_only_the_latest() {
      // Law review of 7 December 2026, item B-63: an older report never published was never reported.
      List<AnnualReport> reports = new ArrayList<>(compliant().annualReports());
      assertThat(reports).hasSizeGreaterThan(1);
      reports.set(0, reports.get(0).withPublishedOn(Optional.empty()));
      // By 2027 the reports on 2023/24 and 2024/25 are both past their year of preparation; only the first is
      // unpublished, and the latest is published, so only a rule checking every report finds it.
      List<Finding> findings = run(rule, compliant().withAnnualReports(reports), LocalDate.of(2027, 1, 1));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/annualReports/0/publishedOn"));
        assertThat(f.message()).contains(reports.get(0).financialYear().toString()).contains("not recorded as"
            + " published");
      });
    }
  }

  @Nested
  class DeclarationWithin28DaysAsAdvice {
    private final Rule rule = rule("interest.declaration-within-28-days");

    private IntegratedCareSystem withDeclaration(int days) {
      IntegratedCareSystem system = BoardFixtures.compliantSystem();
      List<RegisterOfInterests> registers = new ArrayList<>(system.icb().registersOfInterests());
      registers.set(0, registers.get(0)
          .withDeclarations(BoardFixtures.declaration("d", days)));
      return system.withIcb(
          system.icb().withRegistersOfInterests(registers));
    }

    @Test
    void interest_declaration_within_28_days_passes_on_the_28th_day() {
      assertThat(run(rule, withDeclaration(28))).isEmpty();
    }

    @Test
    void interest_declaration_within_28_days_fails_as_advice_about_the_arrangements_not_as_a_breach() {
      assertThat(run(rule, withDeclaration(29))).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.isBlocking()).isFalse();
        assertThat(f.message()).contains("arrangements").contains("commissioning decision")
            .doesNotContain("requires it within 28 days");
      });
    }
  }

  @Nested
  class JfpConsultation {
    private final Rule rule = rule("plan.jfp-consultation");

    private IntegratedCareSystem withPlan(Optional<Boolean> summary, Optional<Boolean> opinions) {
      List<JointForwardPlan> plans = new ArrayList<>(compliant().jointForwardPlans());
      int last = plans.size() - 1;
      plans.set(last, plans.get(last).withIncludesConsultationSummary(summary)
          .withStatesHealthAndWellbeingBoardOpinions(opinions));
      return compliant().withJointForwardPlans(plans);
    }

    @Test
    void plan_jfp_consultation_passes_when_recorded_as_included_and_is_silent_when_not_recorded() {
      assertThat(run(rule, withPlan(Optional.of(true), Optional.of(true)))).isEmpty();
      assertThat(run(rule, withPlan(Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void plan_jfp_consultation_fails_for_each_part_recorded_as_missing() {
      List<Finding> findings = run(rule, withPlan(Optional.of(false), Optional.of(false)));
      assertThat(findings).hasSize(2).allSatisfy(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 s.14Z54(8)");
      });
      assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("s.14Z54(8)(c)"));
    }
  }

  @Nested
  class AnnualReportHwbConsulted {
    private final Rule rule = rule("plan.annual-report-hwb-consulted");

    private IntegratedCareSystem withConsulted(Optional<Boolean> consulted) {
      List<AnnualReport> reports = new ArrayList<>(compliant().annualReports());
      int last = reports.size() - 1;
      reports.set(last, reports.get(last).withConsultedHealthAndWellbeingBoards(
          consulted));
      return compliant().withAnnualReports(reports);
    }

    @Test
    void plan_annual_report_hwb_consulted_passes_when_recorded_and_is_silent_when_not_recorded() {
      assertThat(run(rule, withConsulted(Optional.of(true)))).isEmpty();
      assertThat(run(rule, withConsulted(Optional.empty()))).isEmpty();
    }

    @Test
    void plan_annual_report_hwb_consulted_fails_when_recorded_as_not_consulted() {
      assertThat(run(rule, withConsulted(Optional.of(false)))).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("s.14Z58(3)");
        assertThat(f.path().toString()).endsWith("/consultedHealthAndWellbeingBoards");
      });
    }
  }

  @Nested
  class CommitteeMembersApproved {
    private final Rule rule = rule("committee.members-approved-by-chair");

    private IntegratedCareSystem withApproval(Optional<Boolean> approved) {
      List<Committee> committees = new ArrayList<>(compliant().icb().committees());
      int index = -1;
      for (int i = 0; i < committees.size(); i++) {
        if (!committees.get(i).members().isEmpty()) {
          index = i;
        }
      }
      assertThat(index).as("the compliant system has a committee with members").isNotNegative();
      Committee committee = committees.get(index).withExercisesCommissioningFunctions(true);
      List<CommitteeMember> members = new ArrayList<>(committee.members());
      members.set(0, members.get(0).withApprovedByChair(approved));
      committees.set(index, committee.withMembers(members));
      return compliant().withIcb(compliant().icb().withCommittees(committees));
    }

    @Test
    void committee_members_approved_by_chair_passes_when_recorded_and_is_silent_when_not_recorded() {
      assertThat(run(rule, withApproval(Optional.of(true)))).isEmpty();
      assertThat(run(rule, withApproval(Optional.empty()))).isEmpty();
    }

    @Test
    void committee_members_approved_by_chair_ignores_committees_without_commissioning_functions() {
      List<Committee> committees = new ArrayList<>();
      for (Committee committee : withApproval(Optional.of(false)).icb().committees()) {
        committees.add(committee.withExercisesCommissioningFunctions(false));
      }
      assertThat(run(rule, compliant().withIcb(compliant().icb()
          .withCommittees(committees)))).isEmpty();
    }

    @Test
    void committee_members_approved_by_chair_fails_when_recorded_as_not_approved() {
      assertThat(run(rule, withApproval(Optional.of(false)))).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 Sch. 1B para 11(4)(a)");
        assertThat(f.path().toString()).endsWith("/approvedByChair");
      });
    }
  }

  @Test
  void no_built_in_statutory_rule_rests_on_policy_and_advice_is_never_labelled_law() {
    assertThat(RuleSet.statutory().rules()).allSatisfy(rule -> assertThat(rule.basis().isStatutory()).isTrue());
    // The finding is labelled, not the provision (law review of 7 December 2026, B-56 and C-X3): advice on a
    // statutory "must" says "law; this finding is advice", never "advice, not a requirement".
    assertThat(RuleSet.all().rules()).filteredOn(rule -> rule.severity() == Severity.INFORMATION)
        .allSatisfy(rule -> assertThat(rule.kind().label()).isEqualTo(rule.basis().isStatutory()
            ? "law; this finding is advice" : "advice, not a requirement"));
    assertThat(RuleSet.all().find(io.github.icsmodel.validation.RuleId.of("duty.accountable-lead")).orElseThrow()
        .kind()).isEqualTo(RuleKind.LAW_ADVICE);
    assertThat(RuleSet.all().find(io.github.icsmodel.validation.RuleId.of("interest.declaration-within-28-days"))
        .orElseThrow().kind().label()).isEqualTo("law; this finding is advice");
  }

  @Test
  void the_regraded_rules_have_the_grades_the_review_asked_for() {
    for (String id : List.of("duty.inequalities-both-limbs", "interest.declaration-within-28-days",
        "structure.places-within-footprint", "purpose.inequalities-measurable", "purpose.each-purpose-has-objective")) {
      assertThat(RuleSet.all().find(io.github.icsmodel.validation.RuleId.of(id)).orElseThrow().severity())
          .as(id).isEqualTo(Severity.INFORMATION);
    }
    // Law review of 7 December 2026, B-63: a statutory "must" not shown met is a WARNING, not advice.
    assertThat(RuleSet.all().find(io.github.icsmodel.validation.RuleId.of("plan.annual-report-published"))
        .orElseThrow().severity()).isEqualTo(Severity.WARNING);
  }
}
