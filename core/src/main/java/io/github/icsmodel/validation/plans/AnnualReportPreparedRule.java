package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code plan.annual-report-prepared}: the ICB prepared, during the previous financial year, its annual report on
 * the year before that. Enforces s.14Z58(1) of the NHS Act 2006:
 *
 * <blockquote>(1) An integrated care board must, in each financial year, prepare a report (an "annual report") on
 * how it has discharged its functions in the previous financial year.</blockquote>
 *
 * <p>The report on the previous year is due at some time in the current year, so it cannot yet be overdue; the
 * report on the year before the previous one was due by the end of the previous year. The rule therefore checks,
 * for a validation date in year Y, that there is a report on year Y-2, provided the ICB existed in Y-2 (the first
 * such report being on 2022/23, due in 2023/24). ERROR, at {@code /annualReports}, only where the configuration
 * records its annual reports ({@link RecordedSection#ANNUAL_REPORTS}); otherwise {@link AnnualReportUnrecordedRule}
 * says that it does not show the duty met.
 */
final class AnnualReportPreparedRule extends AbstractRule {

  /** Creates the rule. */
  AnnualReportPreparedRule() {
    super(
        "plan.annual-report-prepared",
        Severity.ERROR,
        PlanProvisions.nhsa("14Z58", "(1)"),
        "The ICB prepared its annual report on each past financial year during the following year",
        "Record the annual report on the year, with its financialYear.",
        PlanProvisions.S14Z58_1);
  }


  /** The year whose report was due by the end of the year before the one containing the date of validation. */
  static FinancialYear dueYear(RuleContext context) {
    return FinancialYear.containing(context.asOf()).plusYears(-2);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    FinancialYear year = dueYear(context);
    if (year.compareTo(FinancialYear.containing(system.icb().establishedOn())) < 0
        || !system.records(RecordedSection.ANNUAL_REPORTS)) {
      return;
    }
    for (AnnualReport report : system.annualReports()) {
      if (report.financialYear().equals(year)) {
        return;
      }
    }
    context.report(
        context.base().property("annualReports"),
        "The configuration records no annual report on " + year + ": the ICB had to prepare it during " + year.plusYears(1)
            + " (s.14Z58(1)).");
  }
}
