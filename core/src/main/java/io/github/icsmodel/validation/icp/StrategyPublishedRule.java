package io.github.icsmodel.validation.icp;

import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code icp.strategy-published}: the integrated care strategy has been published. Enforces s.116ZB(7)(a) of the
 * Local Government and Public Involvement in Health Act 2007:
 *
 * <blockquote>(7) An integrated care partnership must— (a) publish each integrated care strategy, and (b) give a
 * copy of each integrated care strategy to— (i) each responsible local authority whose area coincides with or
 * falls wholly or partly within its area, and (ii) each partner integrated care board of those responsible local
 * authorities.</blockquote>
 *
 * <p>ERROR, at {@code /icp/strategy/publishedOn}, when a prepared strategy has no publication date on or before
 * the validation date. Silent when there is no prepared strategy ({@code icp.strategy-prepared} reports that).
 */
final class StrategyPublishedRule extends StrategyTemplate {

  /** Creates the rule. */
  StrategyPublishedRule() {
    super(
        "icp.strategy-published",
        IcpProvisions.section116zb("(7)(a)"),
        "The integrated care partnership has published its integrated care strategy",
        "Publish the strategy and record its publishedOn date.",
        IcpProvisions.S116ZB_7);
  }

  @Override
  void check(RuleContext context, IntegratedCareStrategy strategy, JsonPointer path) {
    Optional<LocalDate> publishedOn = strategy.publishedOn();
    if (publishedOn.isEmpty() || publishedOn.get().isAfter(context.asOf())) {
      context.report(
          path.property("publishedOn"),
          strategy.id(),
          "The integrated care strategy " + strategy.id() + " is not recorded as published by "
              + context.asOf() + ": s.116ZB(7)(a) requires the partnership to publish each strategy.");
    }
  }
}
