package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code plan.annual-report-unrecorded}: the configuration records the ICB's annual reports (s.14Z58(1) of the NHS
 * Act 2006). A WARNING, not an ERROR: a configuration with no annual report that does not name
 * {@code "annual-reports"} among its {@code recordedSections} is silent on the reports, which is not a finding that
 * there is none; {@link AnnualReportPreparedRule} judges recorded reports, a recorded absence included. Reported
 * when a report was due (the same years as {@link AnnualReportPreparedRule}), at {@code /annualReports}.
 */
final class AnnualReportUnrecordedRule extends AbstractRule {

  /** Creates the rule. */
  AnnualReportUnrecordedRule() {
    super(
        "plan.annual-report-unrecorded",
        Severity.WARNING,
        PlanProvisions.nhsa("14Z58", "(1)"),
        "The configuration records the ICB's annual reports",
        "Record the annual reports (annualReports) with their financialYear, or list \"annual-reports\" in"
            + " recordedSections if there are none.",
        PlanProvisions.S14Z58_1);
  }


  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    FinancialYear year = AnnualReportPreparedRule.dueYear(context);
    if (year.compareTo(FinancialYear.containing(system.icb().establishedOn())) < 0
        || system.records(RecordedSection.ANNUAL_REPORTS)) {
      return;
    }
    context.report(
        context.base().property("annualReports"),
        "The configuration does not record the ICB's annual reports, so it does not show that the report on " + year
            + " was prepared during " + year.plusYears(1) + " (s.14Z58(1)).");
  }
}
