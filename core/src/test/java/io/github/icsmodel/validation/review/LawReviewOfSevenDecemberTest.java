package io.github.icsmodel.validation.review;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.law.PendingChange;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.plan.JointStrategicNeedsAssessment;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Coverage;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The items of the law review of 7 December 2026 that changed a rule, a label or the coverage statement (issue 19),
 * each with a passing and a failing case where it is a rule.
 */
class LawReviewOfSevenDecemberTest {

  private static Rule rule(String id) {
    return RuleSet.all().find(RuleId.of(id)).orElseThrow();
  }

  @Nested
  class JfpDescribesServices {
    private final Rule rule = rule("plan.jfp-describes-services");

    private IntegratedCareSystem withPlan(Optional<Boolean> describes) {
      List<JointForwardPlan> plans = new ArrayList<>(compliant().jointForwardPlans());
      for (int i = 0; i < plans.size(); i++) {
        plans.set(i, plans.get(i).withDescribesHealthServices(describes));
      }
      return compliant().withJointForwardPlans(plans);
    }

    @Test
    void plan_jfp_describes_services_passes_when_recorded_and_is_silent_when_not_recorded() {
      assertThat(run(rule, withPlan(Optional.of(true)))).isEmpty();
      assertThat(run(rule, withPlan(Optional.empty()))).as("not recorded is not false").isEmpty();
    }

    @Test
    void plan_jfp_describes_services_fails_when_recorded_as_not_describing_the_services() {
      List<Finding> findings = run(rule, withPlan(Optional.of(false)));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 s.14Z52(2)(a)");
        assertThat(f.path().toString()).endsWith("/describesHealthServices");
        assertThat(f.message()).contains("is recorded as not describing the health services");
      });
    }
  }

  @Nested
  class IcpStrategyRevisionConsidered {
    private final Rule rule = rule("icp.strategy-revision-considered");

    private IntegratedCareSystem withAssessment(boolean given, Optional<Boolean> considered) {
      List<JointStrategicNeedsAssessment> assessments = new ArrayList<>(compliant().needsAssessments());
      assessments.set(0, assessments.get(0).withGivenToIntegratedCarePartnership(given)
          .withStrategyRevisionConsidered(considered));
      return compliant().withNeedsAssessments(assessments);
    }

    @Test
    void icp_strategy_revision_considered_passes_when_considered_or_not_recorded() {
      assertThat(run(rule, withAssessment(true, Optional.of(true)))).isEmpty();
      assertThat(run(rule, withAssessment(true, Optional.empty()))).as("not recorded is not false").isEmpty();
      assertThat(run(rule, withAssessment(false, Optional.of(false)))).as("not received under s.116(5A)")
          .isEmpty();
    }

    @Test
    void icp_strategy_revision_considered_fails_when_recorded_as_not_considered() {
      List<Finding> findings = run(rule, withAssessment(true, Optional.of(false)));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.basis().citation()).isEqualTo("LGPIHA 2007 s.116ZB(6)(a)");
        assertThat(f.path()).isEqualTo(at("/needsAssessments/0/strategyRevisionConsidered"));
        assertThat(f.message()).contains("recorded as not having considered whether its integrated care strategy"
            + " should be revised");
      });
    }
  }

  @Test
  void b11_board_disqualified_quotes_only_the_constitutions_words() {
    assertThat(rule("board.disqualified").quotation()).hasValueSatisfying(quotation -> assertThat(quotation)
        .startsWith("A Member of Parliament").doesNotContain("convicted").doesNotContain("bankruptcy"));
  }

  @Test
  void b33_committee_independence_cites_and_quotes_para_11_4_b() {
    Rule committee = rule("committee.independence");
    assertThat(committee.basis().citation()).isEqualTo("NHS Act 2006 Sch. 1B para 11(4)(b)");
    assertThat(committee.quotation()).hasValueSatisfying(quotation -> assertThat(quotation)
        .contains("(b) prohibit the chair from approving or appointing someone as a member of any such committee"));
  }

  @Test
  void b66_the_joint_forward_plan_rules_name_sections_14Z53_to_14Z55_in_their_start() {
    assertThat(rule("plan.jfp-consultation").startDate()).hasValueSatisfying(start -> assertThat(start.toString())
        .contains("ss.14Z53 to 14Z55"));
  }

  @Test
  void b75_each_purpose_rule_prints_the_2023_24_assessment_as_its_basis() {
    assertThat(rule("purpose.each-purpose-has-objective").basis().citation())
        .contains("Annual assessment of integrated care boards 2023/24");
  }

  @Test
  void cx4_the_coverage_statement_lists_14Z52_14Z56_and_116ZB_as_checked_in_part_and_names_what_is_not_catalogued() {
    Coverage coverage = Coverage.builtIn();
    assertThat(coverage.checkedInPart()).extracting(duty -> duty.duty().id().toString())
        .contains("nhsa2006:14Z52", "nhsa2006:14Z56", "lgpiha2007:116ZB");
    assertThat(coverage.toMarkdown()).contains("### Provisions not catalogued at all")
        .contains("NHS Act 2006 s.14Z53").contains("Equality Act 2010 s.149");
    assertThat(Coverage.notCatalogued()).containsKey("NHS Act 2006 s.14Z57");
  }

  @Test
  void cx5_the_schedule_1b_paragraphs_the_board_rules_cite_are_checked_not_missing() {
    Coverage coverage = Coverage.builtIn();
    assertThat(coverage.notChecked()).extracting(duty -> duty.duty().id().toString())
        .doesNotContain("nhsa2006:sch1B.3", "nhsa2006:sch1B.4", "nhsa2006:sch1B.5", "nhsa2006:sch1B.7")
        .contains("nhsa2006:sch1B.1", "nhsa2006:sch1B.2", "nhsa2006:sch1B.9", "nhsa2006:sch1B.10",
            "nhsa2006:sch1B.19");
  }

  @Test
  void section_7_the_health_bill_is_described_in_the_conditional_and_as_secondary_sources_give_it() {
    assertThat(PendingChange.HEALTH_BILL.effect()).contains("would abolish NHS England")
        .contains("secondary sources").doesNotStartWith("Abolishes");
  }
}
