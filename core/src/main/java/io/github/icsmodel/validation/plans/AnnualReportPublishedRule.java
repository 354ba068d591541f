package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code plan.annual-report-published}: the latest annual report is recorded as given to NHS England and
 * published. Advice on s.14Z58(6) of the NHS Act 2006:
 *
 * <blockquote>(6) An integrated care board must— (a) give a copy of its annual report to NHS England before the
 * date specified by NHS England in a direction, and (b) publish a copy of the annual report.</blockquote>
 *
 * <p>INFORMATION: advice, not a finding of breach. The copy is due by a date NHS England sets by direction, which a
 * configuration does not record, and the Act sets no date for publication, so a report not yet recorded as given
 * or published may still be in time. The finding says what the configuration does not record. One finding per
 * step, at the latest report's {@code givenToNhsEngland} or {@code publishedOn}.
 */
public final class AnnualReportPublishedRule extends AnnualReportRule {

  /** Creates the rule. */
  public AnnualReportPublishedRule() {
    super(
        "plan.annual-report-published",
        Severity.INFORMATION,
        Planning.nhsa("14Z58", "(6)"),
        "The latest annual report is recorded as given to NHS England and published",
        "Give NHS England a copy by the date it directs, publish the report, and record both.",
        "(6) An integrated care board must— (a) give a copy of its annual report to NHS England before the date"
            + " specified by NHS England in a direction, and (b) publish a copy of the annual report.");
  }

  @Override
  void check(RuleContext context, AnnualReport report, JsonPointer path) {
    String name = "The annual report " + report.id() + " on " + report.financialYear();
    if (!report.givenToNhsEngland()) {
      context.report(path.property("givenToNhsEngland"), report.id(),
          name + " is not recorded as given to NHS England; s.14Z58(6)(a) requires a copy before the date NHS"
              + " England directs, which the configuration does not record.");
    }
    if (report.publishedOn().map(date -> date.isAfter(context.asOf())).orElse(true)) {
      context.report(path.property("publishedOn"), report.id(),
          name + " is not recorded as published by " + context.asOf() + "; s.14Z58(6)(b) requires the ICB to"
              + " publish a copy, and sets no date.");
    }
  }
}
