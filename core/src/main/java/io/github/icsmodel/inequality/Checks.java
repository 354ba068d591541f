package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the indicator methods. */
final class Checks {
  private Checks() {}

  static ImmutableList<ConfidenceLevel> levels(ConfidenceLevel... levels) {
    Objects.requireNonNull(levels, "levels");
    return levels(ImmutableList.copyOf(levels));
  }

  static ImmutableList<ConfidenceLevel> levels(Iterable<ConfidenceLevel> levels) {
    ImmutableList<ConfidenceLevel> list = ImmutableList.copyOf(levels);
    if (list.isEmpty()) {
      throw new InequalityInputException("at least one confidence level is needed");
    }
    Set<ConfidenceLevel> seen = new HashSet<>();
    for (ConfidenceLevel level : list) {
      if (!seen.add(level)) {
        throw new InequalityInputException("confidence level " + level + " is given twice");
      }
    }
    return list;
  }

  static double positiveMultiplier(double multiplier) {
    if (!(multiplier > 0) || multiplier == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException("the multiplier must be a positive number, not " + multiplier);
    }
    return multiplier;
  }

  /** Formats a multiplier as R's format(x, scientific = FALSE) does for whole numbers: 100000, not 100000.0. */
  static String format(double multiplier) {
    if (multiplier == Math.rint(multiplier) && Math.abs(multiplier) < 1e15) {
      return Long.toString((long) multiplier);
    }
    return java.math.BigDecimal.valueOf(multiplier).stripTrailingZeros().toPlainString();
  }
}
