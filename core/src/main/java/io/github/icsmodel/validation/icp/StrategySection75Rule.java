package io.github.icsmodel.validation.icp;

import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.Optional;

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
final class StrategySection75Rule extends AbstractRule {

  /** Creates the rule. */
  StrategySection75Rule() {
    super(
        "icp.strategy-section-75",
        Severity.ERROR,
        IcpProvisions.section116zb("(2)"),
        "The integrated care strategy considered meeting needs through s.75 arrangements",
        "Consider whether needs could be met more effectively by s.75 arrangements, and record it"
            + " (consideredSection75Arrangements).",
        IcpProvisions.S116ZB_2);
  }

  @Override
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(IcpProvisions.IN_FORCE);
  }

  @Override
  public void check(RuleContext context) {
    Optional<IntegratedCareStrategy> strategy = context.system().icp().flatMap(IntegratedCarePartnership::strategy);
    if (strategy.isEmpty() || !IcpPaths.isPrepared(strategy.get(), context.asOf())) {
      return;
    }
    if (!strategy.get().consideredSection75Arrangements()) {
      context.report(
          IcpPaths.path(context).property("consideredSection75Arrangements"),
          strategy.get().id(),
          "The integrated care strategy " + strategy.get().id() + " does not record that the partnership"
              + " considered meeting needs by arrangements under s.75 of the NHS Act 2006 (s.116ZB(2)).");
    }
  }
}
