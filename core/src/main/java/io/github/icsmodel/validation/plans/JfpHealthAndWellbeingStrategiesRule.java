package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/**
 * {@code plan.jfp-health-and-wellbeing-strategies}: the joint forward plan sets out the steps the ICB proposes to
 * implement the joint local health and wellbeing strategies. Enforces s.14Z52(2)(c) of the NHS Act 2006:
 *
 * <blockquote>(2) The plan must, in particular— […] (c) set out any steps that the integrated care board proposes to
 * take to implement any joint local health and wellbeing strategy to which it is required to have regard under section
 * 116B(1) of the Local Government and Public Involvement in Health Act 2007;</blockquote>
 *
 * <p>ERROR, at the plan's {@code coversJointLocalHealthAndWellbeingStrategies}. Applies as {@code plan.jfp-exists} does
 * (not for 2022/23: S.I. 2022/734 reg 33).
 */
final class JfpHealthAndWellbeingStrategiesRule extends ForwardPlanTemplate {

  /** Creates the rule. */
  JfpHealthAndWellbeingStrategiesRule() {
    super(
        "plan.jfp-health-and-wellbeing-strategies",
        PlanProvisions.nhsa("14Z52", "(2)(c)"),
        "The joint forward plan sets out steps to implement the joint local health and wellbeing strategies",
        "Set out in the plan the steps to implement each joint local health and wellbeing strategy, and record "
            + "coversJointLocalHealthAndWellbeingStrategies.",
        PlanProvisions.S14Z52_2);
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    if (!plan.coversJointLocalHealthAndWellbeingStrategies()) {
      context.report(
          path.property("coversJointLocalHealthAndWellbeingStrategies"),
          plan.id(),
          "The joint forward plan " + plan.id()
              + " does not set out steps to implement the joint local health and wellbeing strategies to which the "
              + "ICB must have regard (s.14Z52(2)(c)).");
    }
  }
}
