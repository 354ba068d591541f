package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.time.LocalDate;

/**
 * {@code plan.annual-report-reviews}: the annual report carries the three reviews s.14Z58(2)(b) to (d) of the NHS
 * Act 2006 require:
 *
 * <blockquote>(2) An annual report must, in particular— […] (b) review the extent to which the board has exercised
 * its functions in accordance with the plans published under— section 14Z52 (forward plan), and section 14Z56
 * (capital resource use plan), (c) review the extent to which the board has exercised its functions consistently
 * with NHS England's views set out in the latest statement published under section 13SA(1) (views about how
 * functions relating to inequalities information should be exercised), and (d) review any steps that the board
 * has taken to implement any joint local health and wellbeing strategy to which it was required to have regard
 * under section 116B(1) of the Local Government and Public Involvement in Health Act 2007.</blockquote>
 *
 * <p>ERROR, one finding per missing review, at the latest report's {@code reviewsPlans},
 * {@code reviewsInequalitiesStatement} or {@code reviewsJointLocalHealthAndWellbeingStrategies}.
 *
 * <p>The report on 2022/23 must carry review (b) too, read as S.I. 2022/734 reg 33(6) requires: "as if the
 * reference to a forward plan published under section 14Z52 were a reference to the existing forward plan of a
 * clinical commissioning group referred to in paragraph (3)". Two reviews can have nothing to review, and the
 * rule does not require them then: (b) in a report on the first financial year of an ICB established after 1 July
 * 2022 (no plan can precede a year that begins on the day the ICB is established, s.14Z52(8)(a)), and (c) in a
 * report published before NHS England published its first s.13SA statement on 27 November 2023.
 */
final class AnnualReportReviewsRule extends AnnualReportTemplate {
  /** The day NHS England published its first statement under s.13SA: 27 November 2023. */
  static final LocalDate FIRST_INEQUALITIES_STATEMENT = LocalDate.of(2023, 11, 27);

  /** Creates the rule. */
  AnnualReportReviewsRule() {
    super(
        "plan.annual-report-reviews",
        PlanProvisions.nhsa("14Z58", "(2)"),
        "The annual report reviews the forward and capital plans, NHS England's s.13SA statement and the joint local"
            + " health and wellbeing strategies",
        "Add each missing review to the report and record it.",
        PlanProvisions.S14Z58_2);
  }

  @Override
  void check(RuleContext context, AnnualReport report, JsonPointer path) {
    String name = "The annual report " + report.id() + " on " + report.financialYear();
    boolean transitional = report.financialYear().equals(PlanProvisions.TRANSITIONAL_YEAR);
    boolean firstYear = FinancialYear.containing(context.system().icb().establishedOn())
        .equals(report.financialYear());
    if ((transitional || !firstYear) && !report.reviewsPlans()) {
      context.report(
          path.property("reviewsPlans"),
          report.id(),
          name + (transitional
              ? " does not record a review of how far the ICB exercised its functions in accordance with the"
                  + " existing forward plans of its predecessor clinical commissioning groups (s.14Z58(2)(b) as"
                  + " read by S.I. 2022/734 reg 33(6))."
              : " does not record a review of how far the ICB exercised its functions in accordance with the joint"
                  + " forward plan and the capital resource use plan (s.14Z58(2)(b))."));
    }
    boolean statementExisted =
        report.publishedOn().map(d -> !d.isBefore(FIRST_INEQUALITIES_STATEMENT)).orElse(true);
    if (statementExisted && !report.reviewsInequalitiesStatement()) {
      context.report(
          path.property("reviewsInequalitiesStatement"),
          report.id(),
          name + " does not review how far the ICB exercised its functions consistently with NHS England's latest"
              + " statement on information on health inequalities under s.13SA(1) (s.14Z58(2)(c)).");
    }
    if (!report.reviewsJointLocalHealthAndWellbeingStrategies()) {
      context.report(
          path.property("reviewsJointLocalHealthAndWellbeingStrategies"),
          report.id(),
          name + " does not review the steps the ICB took to implement the joint local health and wellbeing"
              + " strategies (s.14Z58(2)(d)).");
    }
  }
}
