package io.github.icsmodel.validation.plans;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.duties.IcbDuties;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code plan.jfp-explains-duties}: the joint forward plan explains how the ICB proposes to discharge each of its
 * general duties and its financial duties. Enforces s.14Z52(2)(b) of the NHS Act 2006:
 *
 * <blockquote>(2) The plan must, in particular— […] (b) explain how the integrated care board proposes to
 * discharge its duties under— (i) sections 14Z34 to 14Z45 (general duties of integrated care boards), and (ii)
 * sections 223GB to 223N (financial duties);</blockquote>
 *
 * <p>The duties required are {@link IcbDuties#GENERAL} (ss.14Z34 to 14Z45) and {@link IcbDuties#FINANCIAL} (the
 * ICB's own duties in ss.223GC, 223L and 223M; see there why the other sections of the range are not listed).
 * ERROR, one finding at the plan's {@code explainsDuties} listing every duty missing.
 */
final class JfpExplainsDutiesRule extends ForwardPlanTemplate {
  private static final List<DutyId> REQUIRED =
      ImmutableList.<DutyId>builder().addAll(IcbDuties.GENERAL).addAll(IcbDuties.FINANCIAL).build();

  /** Creates the rule. */
  JfpExplainsDutiesRule() {
    super(
        "plan.jfp-explains-duties",
        PlanProvisions.nhsa("14Z52", "(2)(b)"),
        "The joint forward plan explains how the ICB will discharge its general duties (ss.14Z34 to 14Z45) and its"
            + " financial duties (ss.223GB to 223N)",
        "Explain in the plan how each missing duty will be discharged, and list it in explainsDuties.",
        PlanProvisions.S14Z52_2);
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    List<DutyId> missing =
        REQUIRED.stream().filter(d -> !plan.explainsDuties().contains(d)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      context.report(
          path.property("explainsDuties"),
          plan.id(),
          "The joint forward plan " + plan.id() + " does not explain how the ICB proposes to discharge "
              + missing.stream().map(IcbDuties::cite).collect(Collectors.joining(", ")) + " (s.14Z52(2)(b)).");
    }
  }
}
