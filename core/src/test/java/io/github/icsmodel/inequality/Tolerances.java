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

  /**
   * Checks an estimate against a row of the package's sheet: the value and the 95% limits, and the 99.8% limits
   * when the row has them, to the simple methods' tolerance.
   */
  static void assertMatchesRow(String id, Estimate estimate, CsvTable.Row row) {
    assertRelative(id + " value", estimate.value(), row.number("value"), SIMPLE_METHODS);
    ConfidenceInterval ci95 = estimate.interval(ConfidenceLevel.PERCENT_95).orElseThrow();
    assertRelative(id + " lower95", ci95.lower(), row.number("lower95_0cl"), SIMPLE_METHODS);
    assertRelative(id + " upper95", ci95.upper(), row.number("upper95_0cl"), SIMPLE_METHODS);
    if (!row.isEmpty("lower99_8cl")) {
      ConfidenceInterval ci998 = estimate.interval(ConfidenceLevel.PERCENT_99_8).orElseThrow();
      assertRelative(id + " lower99.8", ci998.lower(), row.number("lower99_8cl"), SIMPLE_METHODS);
      assertRelative(id + " upper99.8", ci998.upper(), row.number("upper99_8cl"), SIMPLE_METHODS);
    }
  }
}
