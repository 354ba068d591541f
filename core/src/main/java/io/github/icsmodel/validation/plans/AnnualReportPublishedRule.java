package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * {@code plan.annual-report-published}: every annual report the configuration records, on a financial year not
 * before the ICB was established whose report was due to be prepared in a year that has also ended (s.14Z58(1):
 * "in each financial year, prepare a report ... on how it has discharged its functions in the previous financial
 * year"), is recorded as given to NHS England and published. On s.14Z58(6)
 * of the NHS Act 2006:
 *
 * <blockquote>(6) An integrated care board must— (a) give a copy of its annual report to NHS England before the
 * date specified by NHS England in a direction, and (b) publish a copy of the annual report.</blockquote>
 *
 * <p>WARNING ("law; the configuration does not show it met"), never ERROR: the copy for NHS England is due by a
 * date NHS England sets by direction, which a configuration does not record, and the Act sets no date for
 * publication, so a report not recorded as given or published shows the duty not met, never a breach of it. An
 * ERROR would need a date by which the Act (or a recorded direction) requires the step, and a report recorded as
 * not having taken it by then; the library's sources give no such date, and it invents none. Every report is
 * checked, not only the latest, so that an older report never published is reported too (law review of
 * 7 December 2026, item B-63). One finding per step and report, at the report's {@code givenToNhsEngland} or
 * {@code publishedOn}.
 */
final class AnnualReportPublishedRule extends AbstractRule {

  /** Creates the rule. */
  AnnualReportPublishedRule() {
    super(
        "plan.annual-report-published",
        Severity.WARNING,
        PlanProvisions.nhsa("14Z58", "(6)"),
        "Each annual report is recorded as given to NHS England and published",
        "Give NHS England a copy by the date it directs, publish the report, and record both (givenToNhsEngland,"
            + " publishedOn).",
        PlanProvisions.S14Z58_6);
  }


  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    FinancialYear current = FinancialYear.containing(context.asOf());
    FinancialYear first = FinancialYear.containing(system.icb().establishedOn());
    List<AnnualReport> reports = system.annualReports();
    for (int i = 0; i < reports.size(); i++) {
      AnnualReport report = reports.get(i);
      // The report on a year is prepared in the next year (s.14Z58(1)); until that year has ended the report may
      // still be in preparation, so it is not yet checked.
      if (report.financialYear().plusYears(1).compareTo(current) < 0
          && report.financialYear().compareTo(first) >= 0) {
        check(context, report, context.base().property("annualReports").index(i));
      }
    }
  }

  private static void check(RuleContext context, AnnualReport report, JsonPointer path) {
    String name = "The annual report " + report.id() + " on " + report.financialYear();
    if (!report.givenToNhsEngland()) {
      context.report(path.property("givenToNhsEngland"), report.id(),
          name + " is not recorded as given to NHS England, so the configuration does not show s.14Z58(6)(a)"
              + " met: a copy is due before the date NHS England directs, which the configuration does not"
              + " record.");
    }
    if (report.publishedOn().map(date -> date.isAfter(context.asOf())).orElse(true)) {
      context.report(path.property("publishedOn"), report.id(),
          name + " is not recorded as published by " + context.asOf() + ", so the configuration does not show"
              + " s.14Z58(6)(b) met: the ICB must publish a copy (the Act sets no date).");
    }
  }
}
