package io.github.icsmodel.validation.interest;

import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/** Where the interest family's rules look in a configuration. Citations are in {@link InterestProvisions}. */
final class InterestPaths {
  private InterestPaths() {}

  /** The registers: {@code /icb/registersOfInterests}. */
  static JsonPointer registers(RuleContext context) {
    return context.base().property("icb").property("registersOfInterests");
  }
}
