package io.github.icsmodel.validation.plans;

import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code plan.jfp-unrecorded}: the configuration records the joint forward plans (s.14Z52(1) of the NHS Act 2006).
 * A WARNING, not an ERROR: a configuration with no joint forward plan that does not name
 * {@code "joint-forward-plans"} among its {@code recordedSections} is silent on the plans, which is not a finding
 * that there is none; {@link JfpExistsRule} judges recorded plans, a recorded absence included. Reported in the
 * years {@link JfpExistsRule} checks (not 2022/23, not the ICB's first year), at {@code /jointForwardPlans}.
 */
final class JfpUnrecordedRule extends AbstractRule {

  /** Creates the rule. */
  JfpUnrecordedRule() {
    super(
        "plan.jfp-unrecorded",
        Severity.WARNING,
        PlanProvisions.nhsa("14Z52", "(1)"),
        "The configuration records the joint forward plans",
        "Record the joint forward plans (jointForwardPlans) with their firstYear and preparedOn, or list"
            + " \"joint-forward-plans\" in recordedSections if there are none.",
        PlanProvisions.S14Z52_1);
  }

  @Override
  public Optional<StartDate> startDate() {
    return Optional.of(PlanProvisions.JOINT_FORWARD_PLANS_START);
  }

  @Override
  public void check(RuleContext context) {
    PlanPaths.FORWARD_PLANS.reportUnrecorded(context);
  }
}
