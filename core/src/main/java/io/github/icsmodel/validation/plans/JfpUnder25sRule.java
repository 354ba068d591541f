package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/**
 * {@code plan.jfp-under-25s}: the joint forward plan sets out the steps the ICB proposes to take for the particular
 * needs of children and young persons under 25. Enforces s.14Z52(2)(d) of the NHS Act 2006:
 *
 * <blockquote>(2) The plan must, in particular— […] (d) set out any steps that the integrated care board proposes to
 * take to address the particular needs of children and young persons under the age of 25;</blockquote>
 *
 * <p>ERROR, at the plan's {@code coversUnder25s}. Applies as {@code plan.jfp-exists} does (not for 2022/23: S.I.
 * 2022/734 reg 33).
 */
final class JfpUnder25sRule extends ForwardPlanTemplate {

  /** Creates the rule. */
  JfpUnder25sRule() {
    super(
        "plan.jfp-under-25s",
        PlanProvisions.nhsa("14Z52", "(2)(d)"),
        "The joint forward plan sets out steps for the particular needs of children and young persons under 25",
        "Set out in the plan the steps the ICB proposes for children and young persons under 25, and record "
            + "coversUnder25s.",
        PlanProvisions.S14Z52_2);
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    if (!plan.coversUnder25s()) {
      context.report(
          path.property("coversUnder25s"),
          plan.id(),
          "The joint forward plan " + plan.id()
              + " does not set out steps to address the particular needs of children and young persons under the "
              + "age of 25 (s.14Z52(2)(d)).");
    }
  }
}
