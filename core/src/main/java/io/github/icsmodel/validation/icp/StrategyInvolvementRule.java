package io.github.icsmodel.validation.icp;

import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/**
 * {@code icp.strategy-involvement}: in preparing the integrated care strategy the partnership involved the Local
 * Healthwatch organisations and the people who live or work in its area. Enforces s.116ZB(4) of the Local
 * Government and Public Involvement in Health Act 2007:
 *
 * <blockquote>(4) In preparing a strategy under this section, an integrated care partnership must— (a) involve
 * the Local Healthwatch organisations whose areas coincide with or fall wholly or partly within its area, and (b)
 * involve the people who live or work in that area.</blockquote>
 *
 * <p>ERROR, one finding per missing limb, at {@code /icp/strategy/healthwatchInvolved} and
 * {@code /icp/strategy/publicInvolved}. Silent when there is no prepared strategy.
 */
final class StrategyInvolvementRule extends StrategyTemplate {

  /** Creates the rule. */
  StrategyInvolvementRule() {
    super(
        "icp.strategy-involvement",
        IcpProvisions.section116zb("(4)"),
        "The integrated care strategy was prepared involving Local Healthwatch and the people of the area",
        "Involve the Local Healthwatch organisations and the people who live or work in the area, and record it"
            + " (healthwatchInvolved, publicInvolved).",
        IcpProvisions.S116ZB_4);
  }

  @Override
  void check(RuleContext context, IntegratedCareStrategy strategy, JsonPointer path) {
    if (!strategy.healthwatchInvolved()) {
      context.report(
          path.property("healthwatchInvolved"),
          strategy.id(),
          "The integrated care strategy " + strategy.id() + " was not prepared involving the Local Healthwatch"
              + " organisations of the area, as s.116ZB(4)(a) requires.");
    }
    if (!strategy.publicInvolved()) {
      context.report(
          path.property("publicInvolved"),
          strategy.id(),
          "The integrated care strategy " + strategy.id() + " was not prepared involving the people who live or"
              + " work in the area, as s.116ZB(4)(b) requires.");
    }
  }
}
