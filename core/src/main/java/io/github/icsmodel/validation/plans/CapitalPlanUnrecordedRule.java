package io.github.icsmodel.validation.plans;

import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code plan.capital-plan-unrecorded}: the configuration records the joint capital resource use plans (s.14Z56 of
 * the NHS Act 2006). A WARNING, not an ERROR: a configuration with no capital resource use plan that does not name
 * {@code "capital-resource-use-plans"} among its {@code recordedSections} is silent on the plans, which is not a
 * finding that there is none; {@link CapitalPlanRule} judges recorded plans, a recorded absence included. Reported
 * in the years {@link CapitalPlanRule} checks, at {@code /capitalResourceUsePlans}.
 */
final class CapitalPlanUnrecordedRule extends AbstractRule {

  /** Creates the rule. */
  CapitalPlanUnrecordedRule() {
    super(
        "plan.capital-plan-unrecorded",
        Severity.WARNING,
        PlanProvisions.nhsa("14Z56", ""),
        "The configuration records the joint capital resource use plans",
        "Record the capital resource use plans (capitalResourceUsePlans), or list \"capital-resource-use-plans\" in"
            + " recordedSections if there are none.",
        PlanProvisions.S14Z56);
  }


  @Override
  public void check(RuleContext context) {
    PlanPaths.CAPITAL_PLANS.reportUnrecorded(context);
  }
}
