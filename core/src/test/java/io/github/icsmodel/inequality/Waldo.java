package io.github.icsmodel.inequality;

/**
 * The numeric tolerance rule of testthat's third edition, from r-lib/waldo {@code R/num_equal.R}: over the
 * elements where actual and expected differ, d = mean|x - y| and ȳ = mean|y|; the comparison passes if
 * (ȳ finite and ȳ &gt; tol ? d/ȳ : d) &lt; tol. It is relative on the column mean, across the areas compared
 * together.
 */
final class Waldo {
  private Waldo() {}

  /** The value compared with the tolerance; 0 if the columns are identical. */
  static double metric(double[] actual, double[] expected, double tolerance) {
    double difference = 0;
    double magnitude = 0;
    int n = 0;
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] != expected[i]) {
        difference += Math.abs(actual[i] - expected[i]);
        magnitude += Math.abs(expected[i]);
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    double d = difference / n;
    double y = magnitude / n;
    return Double.isFinite(y) && y > tolerance ? d / y : d;
  }
}
