package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/**
 * {@code plan.annual-report-mental-health}: the annual report states the ICB's mental health expenditure, its
 * proportion of all expenditure, and an explanation. Enforces s.14Z58(4) of the NHS Act 2006:
 *
 * <blockquote>(4) An annual report must include— (a) a statement of the amount of expenditure incurred by the
 * integrated care board during the financial year in relation to mental health, (b) a calculation of the
 * proportion of the expenditure incurred by the integrated care board during the financial year that relates to
 * mental health, and (c) an explanation of the statement and calculation.</blockquote>
 *
 * <p>ERROR, one finding per missing part, at the latest report's {@code mentalHealthExpenditure},
 * {@code mentalHealthProportion} or {@code explainsMentalHealthExpenditure}.
 */
final class AnnualReportMentalHealthRule extends AnnualReportTemplate {

  /** Creates the rule. */
  AnnualReportMentalHealthRule() {
    super(
        "plan.annual-report-mental-health",
        PlanProvisions.nhsa("14Z58", "(4)"),
        "The annual report states mental health expenditure, its proportion of all expenditure, and explains them",
        "Add the missing statement, calculation or explanation to the report and record it.",
        PlanProvisions.S14Z58_4);
  }

  @Override
  void check(RuleContext context, AnnualReport report, JsonPointer path) {
    String name = "The annual report " + report.id() + " on " + report.financialYear();
    if (report.mentalHealthExpenditure().isEmpty()) {
      context.report(
          path.property("mentalHealthExpenditure"),
          report.id(),
          name + " does not state the amount of the ICB's expenditure in relation to mental health"
              + " (s.14Z58(4)(a)).");
    }
    if (report.mentalHealthProportion().isEmpty()) {
      context.report(
          path.property("mentalHealthProportion"),
          report.id(),
          name + " does not calculate the proportion of the ICB's expenditure that relates to mental health"
              + " (s.14Z58(4)(b)).");
    }
    if (!report.explainsMentalHealthExpenditure()) {
      context.report(
          path.property("explainsMentalHealthExpenditure"),
          report.id(),
          name + " does not explain the statement and calculation of mental health expenditure (s.14Z58(4)(c)).");
    }
  }
}
