package io.github.icsmodel.validation.icp;

import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.time.LocalDate;

/** What the strategy rules share: whether a strategy is prepared as of a date, and where it sits. */
final class IcpPaths {
  private IcpPaths() {}

  static boolean isPrepared(IntegratedCareStrategy strategy, LocalDate asOf) {
    return strategy.preparedOn().map(d -> !d.isAfter(asOf)).orElse(false);
  }

  static JsonPointer path(RuleContext context) {
    return context.base().property("icp").property("strategy");
  }
}
