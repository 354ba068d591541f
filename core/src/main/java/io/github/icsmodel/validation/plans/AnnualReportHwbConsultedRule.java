package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.Optional;

/**
 * {@code plan.annual-report-hwb-consulted}: in reviewing the steps taken to implement the joint local health and
 * wellbeing strategies, the ICB consulted each relevant Health and Wellbeing Board. Enforces s.14Z58(3) of the NHS
 * Act 2006:
 *
 * <blockquote>(3) In undertaking the review required by subsection (2)(d), an integrated care board must consult
 * each relevant Health and Wellbeing Board.</blockquote>
 *
 * <p>ERROR, at the latest report's {@code consultedHealthAndWellbeingBoards}, but only where the configuration
 * records {@code false}: the property is optional (added to {@code icsmodel/1} after the law review of December
 * 2026), and a configuration that does not record it is silent, which is not a breach; validation reports list
 * s.14Z58 among the duties checked only in part.
 */
final class AnnualReportHwbConsultedRule extends AnnualReportTemplate {

  /** Creates the rule. */
  AnnualReportHwbConsultedRule() {
    super(
        "plan.annual-report-hwb-consulted",
        PlanProvisions.nhsa("14Z58", "(3)"),
        "The review of the joint local health and wellbeing strategies in the annual report was made in consultation"
            + " with each relevant health and wellbeing board",
        "Consult each relevant health and wellbeing board on the review, and record consultedHealthAndWellbeingBoards.",
        "(3) In undertaking the review required by subsection (2)(d), an integrated care board must consult each"
            + " relevant Health and Wellbeing Board.");
  }

  @Override
  void check(RuleContext context, AnnualReport report, JsonPointer path) {
    if (report.consultedHealthAndWellbeingBoards().equals(Optional.of(false))) {
      context.report(path.property("consultedHealthAndWellbeingBoards"), report.id(),
          "The annual report " + report.id() + " on " + report.financialYear() + " is recorded as reviewing the"
              + " joint local health and wellbeing strategies without consulting each relevant health and wellbeing"
              + " board (s.14Z58(3)).");
    }
  }
}
