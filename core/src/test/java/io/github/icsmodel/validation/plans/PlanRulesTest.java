package io.github.icsmodel.validation.plans;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.EASTPORT_HWB;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.NORTHSHIRE_HWB;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.duty;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.fixtures.CompliantSystem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
  /** Index of the 2025/26 joint forward plan in the fixture. */
  private static final int JFP_2025 = 1;
  /** Index of the annual report on 2024/25 in the fixture. */
  private static final int REPORT_2024_25 = 1;

  private static IntegratedCareSystem changePlan(UnaryOperator<JointForwardPlan> change) {
    List<JointForwardPlan> plans = new ArrayList<>(compliant().jointForwardPlans());
    plans.set(JFP_2025, change.apply(plans.get(JFP_2025)));
    return compliant().withJointForwardPlans(plans);
  }

  private static IntegratedCareSystem changeReport(UnaryOperator<AnnualReport> change) {
    List<AnnualReport> reports = new ArrayList<>(compliant().annualReports());
    reports.set(REPORT_2024_25, change.apply(reports.get(REPORT_2024_25)));
    return compliant().withAnnualReports(reports);
  }

  private static IntegratedCareSystem changeCapitalPlan(
      UnaryOperator<JointCapitalResourceUsePlan> change) {
    return compliant().withCapitalResourceUsePlans(
        change.apply(compliant().capitalResourceUsePlans().get(0)));
  }

  private static Finding single(Rule rule, IntegratedCareSystem system) {
    List<Finding> findings = run(rule, system);
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.ruleId()).isEqualTo(rule.id());
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    return finding;
  }

  @Nested
  class JfpExists {
    private final JfpExistsRule rule = new JfpExistsRule();

    @Test
    void plan_jfp_exists_passes_with_a_plan_prepared_before_the_year() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_exists_fails_without_a_plan_for_the_year() {
      Finding finding = single(rule, compliant().withJointForwardPlans(compliant().jointForwardPlans().get(0)));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans"));
      assertThat(finding.message()).contains("no joint forward plan for 2025/26").contains("2025-04-01")
          .contains("s.14Z52(1)");
    }

    @Test
    void plan_jfp_exists_fails_when_prepared_after_the_year_began() {
      Finding finding = single(rule, changePlan(p -> p.withPreparedOn(LocalDate.of(2025, 4, 1))));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans/1/preparedOn"));
      assertThat(finding.message()).contains("prepared on 2025-04-01").contains("not before");
    }

    @Test
    void plan_jfp_exists_does_not_apply_for_2022_23() {
      assertThat(rule.appliesOn(LocalDate.of(2023, 3, 31))).isFalse();
      assertThat(rule.appliesOn(LocalDate.of(2023, 4, 1))).isTrue();
    }

    @Test
    void plan_jfp_exists_does_not_apply_in_an_icbs_first_financial_year() {
      IntegratedCareSystem merged = compliant()
          .withIcb(compliant().icb().withEstablishedOn(LocalDate.of(2025, 4, 1)))
          .withJointForwardPlans(List.of()).withRecordedSections(RecordedSection.JOINT_FORWARD_PLANS);
      assertThat(run(rule, merged)).isEmpty();
      assertThat(run(rule, merged, LocalDate.of(2026, 4, 1))).hasSize(1);
    }

    @Test
    void plan_jfp_exists_states_no_breach_when_the_plans_are_not_recorded() {
      assertThat(run(rule, compliant().withJointForwardPlans(List.of()))).isEmpty();
      assertThat(single(rule, compliant().withJointForwardPlans(List.of())
          .withRecordedSections(RecordedSection.JOINT_FORWARD_PLANS)).message())
          .contains("records no joint forward plan for 2025/26");
    }
  }

  @Nested
  class JfpUnrecorded {
    private final JfpUnrecordedRule rule = new JfpUnrecordedRule();

    @Test
    void plan_jfp_unrecorded_passes_when_the_plans_are_recorded_even_as_none() {
      assertThat(run(rule, compliant())).isEmpty();
      assertThat(run(rule, compliant().withJointForwardPlans(List.of())
          .withRecordedSections(RecordedSection.JOINT_FORWARD_PLANS))).isEmpty();
    }

    @Test
    void plan_jfp_unrecorded_warns_when_the_plans_are_not_recorded() {
      assertThat(run(rule, compliant().withJointForwardPlans(List.of()))).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.path()).isEqualTo(at("/jointForwardPlans"));
        assertThat(f.message()).contains("does not record the joint forward plans", "does not show", "2025/26",
            "s.14Z52(1)");
      });
    }

    @Test
    void plan_jfp_unrecorded_is_silent_when_no_plan_is_due() {
      IntegratedCareSystem merged = compliant()
          .withIcb(compliant().icb().withEstablishedOn(LocalDate.of(2025, 4, 1))).withJointForwardPlans(List.of());
      assertThat(run(rule, merged)).isEmpty();
      assertThat(rule.appliesOn(LocalDate.of(2023, 3, 31))).isFalse();
    }
  }

  @Nested
  class JfpFiveYears {
    private final JfpFiveYearsRule rule = new JfpFiveYearsRule();

    @Test
    void plan_jfp_five_years_passes_for_a_five_year_plan() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_five_years_fails_for_a_shorter_plan() {
      Finding finding = single(rule, changePlan(p -> p.withYearsCovered(3)));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans/1/yearsCovered"));
      assertThat(finding.message()).contains("covers 3 years (2025/26 to 2027/28)").contains("five years");
    }
  }

  @Nested
  class JfpExplainsDuties {
    private final JfpExplainsDutiesRule rule = new JfpExplainsDutiesRule();

    @Test
    void plan_jfp_explains_duties_passes_when_every_duty_is_explained() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_explains_duties_fails_listing_the_missing_duties() {
      Finding finding = single(rule, changePlan(p -> p.withExplainsDuties(
          CompliantSystem.GENERAL_DUTIES.stream().filter(d -> !d.equals(duty("14Z44"))).toList())));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans/1/explainsDuties"));
      assertThat(finding.message()).contains("s.14Z44, s.223GC, s.223L, s.223M").contains("s.14Z52(2)(b)")
          .doesNotContain("s.14Z43");
    }
  }

  @Nested
  class JfpHealthAndWellbeingStrategies {
    private final JfpHealthAndWellbeingStrategiesRule rule = new JfpHealthAndWellbeingStrategiesRule();

    @Test
    void plan_jfp_health_and_wellbeing_strategies_passes_when_covered() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_health_and_wellbeing_strategies_fails_when_not_covered() {
      Finding finding = single(rule, changePlan(p -> p.withCoversJointLocalHealthAndWellbeingStrategies(false)));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans/1/coversJointLocalHealthAndWellbeingStrategies"));
      assertThat(finding.message()).contains("s.14Z52(2)(c)");
    }
  }

  @Nested
  class JfpUnder25s {
    private final JfpUnder25sRule rule = new JfpUnder25sRule();

    @Test
    void plan_jfp_under_25s_passes_when_covered() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_under_25s_fails_when_not_covered() {
      Finding finding = single(rule, changePlan(p -> p.withCoversUnder25s(false)));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans/1/coversUnder25s"));
      assertThat(finding.message()).contains("under the age of 25").contains("s.14Z52(2)(d)");
    }
  }

  @Nested
  class JfpVictimsOfAbuse {
    private final JfpVictimsOfAbuseRule rule = new JfpVictimsOfAbuseRule();

    @Test
    void plan_jfp_victims_of_abuse_passes_when_covered() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_victims_of_abuse_fails_when_not_covered() {
      Finding finding = single(rule, changePlan(p -> p.withCoversVictimsOfAbuse(false)));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans/1/coversVictimsOfAbuse"));
      assertThat(finding.message()).contains("victims of abuse").contains("s.14Z52(2)(e)");
    }
  }

  @Nested
  class JfpPublished {
    private final JfpPublishedRule rule = new JfpPublishedRule();

    @Test
    void plan_jfp_published_passes_when_published() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_published_fails_when_not_published() {
      Finding finding = single(rule, changePlan(p -> p.withPublishedOn(Optional.empty())));
      assertThat(finding.path()).isEqualTo(at("/jointForwardPlans/1/publishedOn"));
      assertThat(finding.message()).contains("not recorded as published by 2025-06-30").contains("s.14Z52(3)");
    }
  }

  @Nested
  class JfpGiven {
    private final JfpGivenRule rule = new JfpGivenRule();

    @Test
    void plan_jfp_given_passes_when_given_to_every_recipient() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_jfp_given_fails_for_each_missing_recipient() {
      List<Finding> findings = run(rule, changePlan(p -> p.withGivenToIntegratedCarePartnership(false)
          .withGivenToHealthAndWellbeingBoards(NORTHSHIRE_HWB).withGivenToNhsEngland(false)));
      assertThat(findings).extracting(Finding::path).containsExactly(
          at("/jointForwardPlans/1/givenToIntegratedCarePartnership"),
          at("/jointForwardPlans/1/givenToHealthAndWellbeingBoards"),
          at("/jointForwardPlans/1/givenToNhsEngland"));
      assertThat(findings.get(1).subject()).contains(EASTPORT_HWB);
      assertThat(findings.get(1).message()).contains("Eastport Health and Wellbeing Board").contains("s.14Z52(4)(b)");
      assertThat(findings.get(2).message()).contains("NHS England").contains("s.14Z52(4)(c)");
    }

    @Test
    void plan_jfp_given_does_not_require_a_board_whose_authority_is_outside_the_area() {
      List<Organisation> organisations = new ArrayList<>(compliant().organisations());
      organisations.add(Organisation.builder().id(id("westmoor-ua")).name("Westmoor Council")
          .kind(OrganisationKind.LOCAL_AUTHORITY)
          .localAuthorityType(io.github.icsmodel.organisation.LocalAuthorityType.UNITARY_AUTHORITY)
          .gssCode(io.github.icsmodel.identifier.GssCode.of("E06000902")).build());
      organisations.add(Organisation.builder().id(id("westmoor-hwb")).name("Westmoor Health and Wellbeing Board")
          .kind(OrganisationKind.HEALTH_AND_WELLBEING_BOARD)
          .gssCode(io.github.icsmodel.identifier.GssCode.of("E06000902")).build());
      organisations.add(Organisation.builder().id(id("unlinked-hwb")).name("Unlinked Health and Wellbeing Board")
          .kind(OrganisationKind.HEALTH_AND_WELLBEING_BOARD).build());
      List<Finding> findings = run(rule, compliant().withOrganisations(organisations));
      assertThat(findings).extracting(f -> f.subject().get()).containsExactly(id("unlinked-hwb"));
    }
  }

  @Nested
  class AnnualReportPrepared {
    private final AnnualReportPreparedRule rule = new AnnualReportPreparedRule();

    @Test
    void plan_annual_report_prepared_passes_when_the_report_on_the_year_before_last_exists() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_annual_report_prepared_fails_when_it_is_missing() {
      Finding finding = single(rule, compliant().withAnnualReports(compliant().annualReports().get(1)));
      assertThat(finding.path()).isEqualTo(at("/annualReports"));
      assertThat(finding.message()).contains("no annual report on 2023/24").contains("during 2024/25")
          .contains("s.14Z58(1)");
    }

    @Test
    void plan_annual_report_prepared_is_not_due_before_the_icb_existed() {
      IntegratedCareSystem none = compliant().withAnnualReports(List.of())
          .withRecordedSections(RecordedSection.ANNUAL_REPORTS);
      assertThat(run(rule, none, LocalDate.of(2024, 3, 31))).isEmpty();
      assertThat(run(rule, none, LocalDate.of(2024, 4, 1)))
          .singleElement().satisfies(f -> assertThat(f.message()).contains("records no annual report on 2022/23"));
    }

    @Test
    void plan_annual_report_prepared_states_no_breach_when_the_reports_are_not_recorded() {
      assertThat(run(rule, compliant().withAnnualReports(List.of()), LocalDate.of(2024, 4, 1))).isEmpty();
    }
  }

  @Nested
  class AnnualReportUnrecorded {
    private final AnnualReportUnrecordedRule rule = new AnnualReportUnrecordedRule();

    @Test
    void plan_annual_report_unrecorded_passes_when_the_reports_are_recorded_even_as_none() {
      assertThat(run(rule, compliant())).isEmpty();
      assertThat(run(rule, compliant().withAnnualReports(List.of())
          .withRecordedSections(RecordedSection.ANNUAL_REPORTS))).isEmpty();
    }

    @Test
    void plan_annual_report_unrecorded_warns_when_the_reports_are_not_recorded() {
      assertThat(run(rule, compliant().withAnnualReports(List.of()))).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.path()).isEqualTo(at("/annualReports"));
        assertThat(f.message()).contains("does not record the ICB's annual reports", "2023/24", "s.14Z58(1)");
      });
      assertThat(run(rule, compliant().withAnnualReports(List.of()), LocalDate.of(2024, 3, 31)))
          .as("no report due yet").isEmpty();
    }
  }

  @Nested
  class AnnualReportDuties {
    private final AnnualReportDutiesRule rule = new AnnualReportDutiesRule();

    @Test
    void plan_annual_report_duties_passes_when_every_duty_is_explained() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_annual_report_duties_fails_listing_the_missing_duties() {
      Finding finding = single(rule, changeReport(r -> r.withExplainsDuties(CompliantSystem.GENERAL_DUTIES.stream()
          .filter(d -> !d.equals(duty("14Z35"))).toList())));
      assertThat(finding.path()).isEqualTo(at("/annualReports/1/explainsDuties"));
      assertThat(finding.message()).contains("on 2024/25").contains("s.14Z35, s.14Z49").contains("s.14Z58(2)(a)");
    }

    @Test
    void plan_annual_report_duties_checks_the_previous_years_report_when_the_latest_is_missing() {
      IntegratedCareSystem system = compliant().withAnnualReports(
          compliant().annualReports().get(0).withExplainsDuties(List.of()));
      Finding finding = single(rule, system);
      assertThat(finding.path()).isEqualTo(at("/annualReports/0/explainsDuties"));
      assertThat(finding.message()).contains("on 2023/24");
    }
  }

  @Nested
  class AnnualReportReviews {
    private final AnnualReportReviewsRule rule = new AnnualReportReviewsRule();

    @Test
    void plan_annual_report_reviews_passes_with_all_three_reviews() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_annual_report_reviews_fails_for_each_missing_review() {
      List<Finding> findings = run(rule, changeReport(r -> r.withReviewsPlans(false)
          .withReviewsInequalitiesStatement(false).withReviewsJointLocalHealthAndWellbeingStrategies(false)));
      assertThat(findings).extracting(Finding::path).containsExactly(
          at("/annualReports/1/reviewsPlans"),
          at("/annualReports/1/reviewsInequalitiesStatement"),
          at("/annualReports/1/reviewsJointLocalHealthAndWellbeingStrategies"));
      assertThat(findings.get(0).message()).contains("s.14Z58(2)(b)");
      assertThat(findings.get(1).message()).contains("s.13SA(1)").contains("s.14Z58(2)(c)");
      assertThat(findings.get(2).message()).contains("s.14Z58(2)(d)");
    }

    @Test
    void plan_annual_report_reviews_excuses_the_s13sa_review_before_the_first_statement() {
      AnnualReport first = AnnualReport.builder().id(id("annual-report-2022-23"))
          .financialYear(FinancialYear.of("2022/23")).publishedOn(LocalDate.of(2023, 6, 29)).reviewsPlans(true)
          .reviewsJointLocalHealthAndWellbeingStrategies(true).build();
      assertThat(run(rule, compliant().withAnnualReports(first), LocalDate.of(2023, 9, 1))).isEmpty();
    }

    @Test
    void plan_annual_report_reviews_fails_for_2022_23_without_a_review_of_the_ccg_plans_reg_33_6() {
      AnnualReport first = AnnualReport.builder().id(id("annual-report-2022-23"))
          .financialYear(FinancialYear.of("2022/23")).publishedOn(LocalDate.of(2023, 6, 29))
          .reviewsJointLocalHealthAndWellbeingStrategies(true).build();
      assertThat(run(rule, compliant().withAnnualReports(first), LocalDate.of(2023, 9, 1))).singleElement()
          .satisfies(f -> {
            assertThat(f.path()).isEqualTo(at("/annualReports/0/reviewsPlans"));
            assertThat(f.message()).contains("existing forward plans of its predecessor clinical commissioning"
                + " groups").contains("S.I. 2022/734 reg 33(6)");
          });
    }
  }

  @Nested
  class AnnualReportMentalHealth {
    private final AnnualReportMentalHealthRule rule = new AnnualReportMentalHealthRule();

    @Test
    void plan_annual_report_mental_health_passes_with_statement_proportion_and_explanation() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_annual_report_mental_health_fails_for_each_missing_part() {
      List<Finding> findings = run(rule, changeReport(r -> r.withMentalHealthExpenditure(Optional.empty())
          .withMentalHealthProportion(Optional.empty()).withExplainsMentalHealthExpenditure(false)));
      assertThat(findings).extracting(Finding::path).containsExactly(
          at("/annualReports/1/mentalHealthExpenditure"),
          at("/annualReports/1/mentalHealthProportion"),
          at("/annualReports/1/explainsMentalHealthExpenditure"));
      assertThat(findings).extracting(Finding::message).allSatisfy(m -> assertThat(m).contains("s.14Z58(4)"));
    }
  }

  @Nested
  class CapitalPlan {
    private final CapitalPlanRule rule = new CapitalPlanRule();

    @Test
    void plan_capital_plan_passes_when_prepared_published_and_given() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void plan_capital_plan_fails_without_a_plan_for_the_year() {
      assertThat(run(rule, compliant().withCapitalResourceUsePlans(List.of())))
          .as("not recorded is not false").isEmpty();
      Finding finding = single(rule, compliant().withCapitalResourceUsePlans(List.of())
          .withRecordedSections(RecordedSection.CAPITAL_RESOURCE_USE_PLANS));
      assertThat(finding.path()).isEqualTo(at("/capitalResourceUsePlans"));
      assertThat(finding.message()).contains("no joint capital resource use plan for 2025/26").contains("s.14Z56");
    }

    @Test
    void plan_capital_plan_fails_for_each_step_missing() {
      List<Finding> findings = run(rule, changeCapitalPlan(p -> p.withPreparedOn(LocalDate.of(2025, 5, 1))
          .withPublishedOn(Optional.empty()).withGivenToIntegratedCarePartnership(false)
          .withGivenToHealthAndWellbeingBoards(EASTPORT_HWB).withGivenToNhsEngland(false)));
      assertThat(findings).extracting(Finding::path).containsExactly(
          at("/capitalResourceUsePlans/0/preparedOn"),
          at("/capitalResourceUsePlans/0/publishedOn"),
          at("/capitalResourceUsePlans/0/givenToIntegratedCarePartnership"),
          at("/capitalResourceUsePlans/0/givenToHealthAndWellbeingBoards"),
          at("/capitalResourceUsePlans/0/givenToNhsEngland"));
      assertThat(findings.get(3).message()).contains("Northshire Health and Wellbeing Board");
    }

    @Test
    void plan_capital_plan_does_not_apply_in_the_first_financial_year() {
      assertThat(run(rule, compliant().withCapitalResourceUsePlans(List.of()), LocalDate.of(2022, 9, 1))).isEmpty();
    }
  }

  @Nested
  class CapitalPlanUnrecorded {
    private final CapitalPlanUnrecordedRule rule = new CapitalPlanUnrecordedRule();

    @Test
    void plan_capital_plan_unrecorded_passes_when_the_plans_are_recorded_even_as_none() {
      assertThat(run(rule, compliant())).isEmpty();
      assertThat(run(rule, compliant().withCapitalResourceUsePlans(List.of())
          .withRecordedSections(RecordedSection.CAPITAL_RESOURCE_USE_PLANS))).isEmpty();
    }

    @Test
    void plan_capital_plan_unrecorded_warns_when_the_plans_are_not_recorded() {
      assertThat(run(rule, compliant().withCapitalResourceUsePlans(List.of()))).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
        assertThat(f.path()).isEqualTo(at("/capitalResourceUsePlans"));
        assertThat(f.message()).contains("does not record the joint capital resource use plans", "2025/26",
            "s.14Z56");
      });
      assertThat(run(rule, compliant().withCapitalResourceUsePlans(List.of()), LocalDate.of(2022, 9, 1)))
          .as("the first year").isEmpty();
    }
  }
}
