package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/**
 * {@code plan.jfp-victims-of-abuse}: the joint forward plan sets out the steps the ICB proposes to take for the
 * particular needs of victims of abuse. Enforces s.14Z52(2)(e) of the NHS Act 2006:
 *
 * <blockquote>(2) The plan must, in particular— […] (e) set out any steps that the integrated care board proposes to
 * take to address the particular needs of victims of abuse (including domestic abuse and sexual abuse, whether of
 * children or adults).</blockquote>
 *
 * <p>ERROR, at the plan's {@code coversVictimsOfAbuse}. Applies as {@code plan.jfp-exists} does (not for 2022/23: S.I.
 * 2022/734 reg 33).
 */
final class JfpVictimsOfAbuseRule extends ForwardPlanTemplate {

  /** Creates the rule. */
  JfpVictimsOfAbuseRule() {
    super(
        "plan.jfp-victims-of-abuse",
        PlanProvisions.nhsa("14Z52", "(2)(e)"),
        "The joint forward plan sets out steps for the particular needs of victims of abuse",
        "Set out in the plan the steps the ICB proposes for victims of abuse, and record coversVictimsOfAbuse.",
        PlanProvisions.S14Z52_2);
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    if (!plan.coversVictimsOfAbuse()) {
      context.report(
          path.property("coversVictimsOfAbuse"),
          plan.id(),
          "The joint forward plan " + plan.id()
              + " does not set out steps to address the particular needs of victims of abuse, including domestic "
              + "and sexual abuse (s.14Z52(2)(e)).");
    }
  }
}
