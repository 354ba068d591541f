package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.Optional;

/**
 * {@code plan.jfp-consultation}: the published joint forward plan includes what s.14Z54(8) of the NHS Act 2006
 * requires:
 *
 * <blockquote>(8) An integrated care board and its partner NHS trusts and NHS foundation trusts must include in a
 * plan published under section 14Z52(3)— (a) a summary of the views expressed by anyone consulted under subsection
 * (2), (b) an explanation of how they took account of those views, and (c) a statement of the final opinion of each
 * relevant Health and Wellbeing Board consulted in relation to the plan under subsection (4).</blockquote>
 *
 * <p>ERROR, at the plan's {@code includesConsultationSummary} or {@code statesHealthAndWellbeingBoardOpinions}, but
 * only where the configuration records {@code false}: the properties are optional (added to {@code icsmodel/1} after
 * the law review of December 2026), and a configuration that does not record them is silent on the matter, which
 * is not the same as a breach; validation reports list s.14Z54 among the duties checked only in part. Applies as
 * {@code plan.jfp-exists} does (ss.14Z53 to 14Z55 did not apply for 2022/23: S.I. 2022/734 reg 33(2)).
 */
final class JfpConsultationRule extends ForwardPlanTemplate {

  /** Creates the rule. */
  JfpConsultationRule() {
    super(
        "plan.jfp-consultation",
        PlanProvisions.nhsa("14Z54", "(8)"),
        "The published joint forward plan includes the summary of views, how they were taken into account, and each"
            + " relevant health and wellbeing board's final opinion",
        "Include the summary, the explanation and each board's final opinion in the published plan, and record"
            + " includesConsultationSummary and statesHealthAndWellbeingBoardOpinions.",
        "(8) An integrated care board and its partner NHS trusts and NHS foundation trusts must include in a plan"
            + " published under section 14Z52(3)— (a) a summary of the views expressed by anyone consulted under"
            + " subsection (2), (b) an explanation of how they took account of those views, and (c) a statement of the"
            + " final opinion of each relevant Health and Wellbeing Board consulted in relation to the plan under"
            + " subsection (4).");
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    if (plan.includesConsultationSummary().equals(Optional.of(false))) {
      context.report(path.property("includesConsultationSummary"), plan.id(),
          "The joint forward plan " + plan.id() + " is recorded as not including a summary of the views of those"
              + " consulted and how they were taken into account (s.14Z54(8)(a) and (b)).");
    }
    if (plan.statesHealthAndWellbeingBoardOpinions().equals(Optional.of(false))) {
      context.report(path.property("statesHealthAndWellbeingBoardOpinions"), plan.id(),
          "The joint forward plan " + plan.id() + " is recorded as not stating the final opinion of each relevant"
              + " health and wellbeing board consulted (s.14Z54(8)(c)).");
    }
  }
}
