package io.github.icsmodel.validation.icp;

import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/**
 * {@code icp.strategy-section-75}: in preparing the integrated care strategy the partnership considered
 * arrangements under s.75 of the NHS Act 2006. Enforces s.116ZB(2) of the Local Government and Public
 * Involvement in Health Act 2007:
 *
 * <blockquote>(2) In preparing a strategy under this section, an integrated care partnership must, in
 * particular, consider the extent to which the needs could be met more effectively by the making of arrangements
 * under section 75 of the National Health Service Act 2006 (rather than in any other way).</blockquote>
 *
 * <p>ERROR, at {@code /icp/strategy/consideredSection75Arrangements}. Silent when there is no prepared strategy.
 */
final class StrategySection75Rule extends StrategyTemplate {

  /** Creates the rule. */
  StrategySection75Rule() {
    super(
        "icp.strategy-section-75",
        IcpProvisions.section116zb("(2)"),
        "The integrated care strategy considered meeting needs through s.75 arrangements",
        "Consider whether needs could be met more effectively by s.75 arrangements, and record it"
            + " (consideredSection75Arrangements).",
        IcpProvisions.S116ZB_2);
  }

  @Override
  void check(RuleContext context, IntegratedCareStrategy strategy, JsonPointer path) {
    if (!strategy.consideredSection75Arrangements()) {
      context.report(
          path.property("consideredSection75Arrangements"),
          strategy.id(),
          "The integrated care strategy " + strategy.id() + " does not record that the partnership"
              + " considered meeting needs by arrangements under s.75 of the NHS Act 2006 (s.116ZB(2)).");
    }
  }
}
