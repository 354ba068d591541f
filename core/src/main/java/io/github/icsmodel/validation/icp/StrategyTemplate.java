package io.github.icsmodel.validation.icp;

import io.github.icsmodel.law.Basis;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * An ERROR rule on the integrated care strategy the partnership has prepared by the validation date, at
 * {@code /icp/strategy}. It applies from 1 July 2022 (the commencement of its basis) and is silent where the
 * configuration records no partnership, no strategy or none prepared by the date: {@code icp.established},
 * {@code icp.strategy-prepared} and their {@code -unrecorded} twins report those.
 */
abstract class StrategyTemplate extends AbstractRule {

  StrategyTemplate(String id, Basis basis, String summary, String remedy, String quotation) {
    super(id, Severity.ERROR, basis, summary, remedy, quotation);
  }


  @Override
  public final void check(RuleContext context) {
    Optional<IntegratedCareStrategy> strategy = context.system().icp().flatMap(IntegratedCarePartnership::strategy);
    if (strategy.isPresent() && IcpPaths.isPrepared(strategy.get(), context.asOf())) {
      check(context, strategy.get(), IcpPaths.path(context));
    }
  }

  /**
   * Checks the prepared strategy.
   *
   * @param context the context
   * @param strategy the strategy
   * @param path the strategy's JSON Pointer, {@code /icp/strategy}
   */
  abstract void check(RuleContext context, IntegratedCareStrategy strategy, JsonPointer path);
}
