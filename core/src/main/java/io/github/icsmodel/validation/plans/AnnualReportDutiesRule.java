package io.github.icsmodel.validation.plans;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.duties.IcbDuties;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code plan.annual-report-duties}: the annual report explains how the ICB discharged its general duties and its
 * duty to review the board's skills. Enforces s.14Z58(2)(a) of the NHS Act 2006:
 *
 * <blockquote>(2) An annual report must, in particular— (a) explain how the integrated care board has discharged
 * its duties under sections 14Z34 to 14Z45 and 14Z49 (general duties of integrated care boards),</blockquote>
 *
 * <p>ERROR, one finding at the latest report's {@code explainsDuties} listing every duty missing.
 */
final class AnnualReportDutiesRule extends AnnualReportTemplate {
  private static final List<DutyId> REQUIRED =
      ImmutableList.<DutyId>builder().addAll(IcbDuties.GENERAL).add(IcbDuties.BOARD_SKILLS_REVIEW).build();

  /** Creates the rule. */
  AnnualReportDutiesRule() {
    super(
        "plan.annual-report-duties",
        PlanProvisions.nhsa("14Z58", "(2)(a)"),
        "The annual report explains how the ICB discharged its duties under ss.14Z34 to 14Z45 and 14Z49",
        "Explain in the report how each missing duty was discharged, and list it in explainsDuties.",
        PlanProvisions.S14Z58_2);
  }

  @Override
  void check(RuleContext context, AnnualReport report, JsonPointer path) {
    List<DutyId> missing =
        REQUIRED.stream().filter(d -> !report.explainsDuties().contains(d)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      context.report(
          path.property("explainsDuties"),
          report.id(),
          "The annual report " + report.id() + " on " + report.financialYear() + " does not explain how the ICB"
              + " discharged " + missing.stream().map(IcbDuties::cite).collect(Collectors.joining(", "))
              + " (s.14Z58(2)(a)).");
    }
  }
}
