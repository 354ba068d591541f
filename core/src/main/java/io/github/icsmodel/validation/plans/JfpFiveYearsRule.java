package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/**
 * {@code plan.jfp-five-years}: the joint forward plan for the year covers the next five years. Enforces
 * s.14Z52(1) of the NHS Act 2006:
 *
 * <blockquote>(1) Before the start of each financial year, an integrated care board and its partner NHS trusts and
 * NHS foundation trusts must prepare a plan setting out how they propose to exercise their functions in the next
 * five years.</blockquote>
 *
 * <p>ERROR, at the plan's {@code yearsCovered}, when it covers fewer than five financial years. Applies as
 * {@code plan.jfp-exists} does (not for 2022/23: S.I. 2022/734 reg 33).
 */
final class JfpFiveYearsRule extends ForwardPlanTemplate {
  private static final int YEARS = 5;

  /** Creates the rule. */
  JfpFiveYearsRule() {
    super(
        "plan.jfp-five-years",
        PlanProvisions.nhsa("14Z52", "(1)"),
        "The joint forward plan covers the next five years",
        "Extend the plan to five financial years and record yearsCovered.",
        PlanProvisions.S14Z52_1);
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    if (plan.yearsCovered() < YEARS) {
      context.report(
          path.property("yearsCovered"),
          plan.id(),
          "The joint forward plan " + plan.id() + " covers " + plan.yearsCovered() + " year"
              + (plan.yearsCovered() == 1 ? "" : "s") + " (" + plan.firstYear() + " to " + plan.lastYear()
              + "): s.14Z52(1) requires it to set out how functions will be exercised in the next five years.");
    }
  }
}
