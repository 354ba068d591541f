package io.github.icsmodel.inequality;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative-tolerance assertions for the reference cases. */
final class Tolerances {
  /** The tolerance the brief sets for deterministic point estimates. */
  static final double POINT_ESTIMATE = 1e-9;
  /** What the simple methods achieve against the package's full-precision expected values. */
  static final double SIMPLE_METHODS = 1e-12;

  private Tolerances() {}

  static void assertRelative(String what, double actual, double expected, double tolerance) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
      return;
    }
    double error = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
    assertThat(error)
        .as("%s: actual %s, expected %s, relative error %s", what, actual, expected, error)
        .isLessThanOrEqualTo(tolerance);
  }
}
