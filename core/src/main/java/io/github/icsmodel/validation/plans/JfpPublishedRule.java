package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code plan.jfp-published}: the joint forward plan for the year has been published. Enforces s.14Z52(3) of the
 * NHS Act 2006:
 *
 * <blockquote>(3) The integrated care board and its partner NHS trusts and NHS foundation trusts must publish the
 * plan.</blockquote>
 *
 * <p>ERROR, at the plan's {@code publishedOn}, when it has no publication date on or before the validation date.
 * Applies as {@code plan.jfp-exists} does (not for 2022/23: S.I. 2022/734 reg 33).
 */
final class JfpPublishedRule extends ForwardPlanTemplate {

  /** Creates the rule. */
  JfpPublishedRule() {
    super(
        "plan.jfp-published",
        PlanProvisions.nhsa("14Z52", "(3)"),
        "The joint forward plan has been published",
        "Publish the plan and record publishedOn.",
        PlanProvisions.S14Z52_3);
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    Optional<LocalDate> publishedOn = plan.publishedOn();
    if (publishedOn.isEmpty() || publishedOn.get().isAfter(context.asOf())) {
      context.report(
          path.property("publishedOn"),
          plan.id(),
          "The joint forward plan " + plan.id() + " for " + plan.firstYear() + " is not recorded as published by "
              + context.asOf() + " (s.14Z52(3)).");
    }
  }
}
