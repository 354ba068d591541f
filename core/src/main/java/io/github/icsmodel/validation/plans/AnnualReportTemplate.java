package io.github.icsmodel.validation.plans;

import io.github.icsmodel.law.Basis;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.OptionalInt;

/**
 * A rule on the contents of the ICB's latest annual report: the one on the latest financial year before the year
 * containing the validation date (normally the previous year), and not on a year before the ICB was established.
 * Silent when there is none ({@code plan.annual-report-prepared} reports a report that is overdue).
 */
abstract class AnnualReportTemplate extends AbstractRule {

  AnnualReportTemplate(String id, Basis basis, String summary, String remedy, String quotation) {
    this(id, Severity.ERROR, basis, summary, remedy, quotation);
  }

  AnnualReportTemplate(String id, Severity severity, Basis basis, String summary, String remedy, String quotation) {
    super(id, severity, basis, summary, remedy, quotation);
  }


  @Override
  public final void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    OptionalInt index = PlanPaths.latestAnnualReport(system, context.asOf());
    if (index.isPresent()) {
      AnnualReport report = system.annualReports().get(index.getAsInt());
      check(context, report, context.base().property("annualReports").index(index.getAsInt()));
    }
  }

  /**
   * Checks the report.
   *
   * @param context the context
   * @param report the report
   * @param path the report's JSON Pointer
   */
  abstract void check(RuleContext context, AnnualReport report, JsonPointer path);
}
