package io.github.icsmodel.inequality.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.icsmodel.inequality.CsvTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the distribution functions against reference values computed with mpmath at 40 significant digits (see
 * {@code src/test/resources/distribution/README.md}).
 */
class DistributionFunctionsTest {

  static Stream<Arguments> normalQuantiles() {
    return table("normal_quantile.csv", "p", "quantile");
  }

  static Stream<Arguments> logGammas() {
    return table("log_gamma.csv", "x", "log_gamma");
  }

  static Stream<Arguments> chiSquaredQuantiles() {
    return table(
        "chi_squared_quantile.csv", "df", "lower_tail_p", "lower_quantile", "upper_tail_q", "upper_quantile");
  }

  static Stream<Arguments> studentTQuantiles() {
    return table("student_t_quantile.csv", "df", "upper_tail_alpha", "upper_quantile");
  }

  private static Stream<Arguments> table(String name, String... columns) {
    return CsvTable.read("/distribution/" + name).stream()
        .map(row -> Arguments.of(Stream.of(columns).map(row::number).toArray()));
  }

  private static void assertRelative(double actual, double expected, double tolerance) {
    if (expected == 0) {
      assertThat(actual).isCloseTo(0, within(tolerance));
    } else {
      assertThat(Math.abs(actual - expected) / Math.abs(expected))
          .as("actual %s, expected %s", actual, expected)
          .isLessThanOrEqualTo(tolerance);
    }
  }

  @ParameterizedTest(name = "qnorm({0}) = {1}")
  @MethodSource("normalQuantiles")
  void normalQuantileFollowsAs241(double p, double expected) {
    assertRelative(NormalDistribution.quantile(p), expected, 1e-15);
  }

  @Test
  void normalQuantileGivesThePackagesCriticalValues() {
    // The package's z = 1.959963984540054 is qnorm(0.975) printed to 16 digits.
    assertThat(NormalDistribution.twoSidedCriticalValue(0.95)).isCloseTo(1.959963984540054, within(5e-16));
    assertThat(NormalDistribution.twoSidedCriticalValue(0.998)).isCloseTo(3.090232306167813, within(1e-15));
    assertThat(NormalDistribution.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(NormalDistribution.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(NormalDistribution.quantile(0.5)).isZero();
    assertThatThrownBy(() -> NormalDistribution.quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "lgamma({0}) = {1}")
  @MethodSource("logGammas")
  void logGammaIsAccurate(double x, double expected) {
    // Absolute accuracy is what matters for the exp(...) prefactors; near the zeros at 1 and 2 relative is meaningless.
    assertThat(GammaFunction.logGamma(x)).isCloseTo(expected, within(2e-15 * Math.max(1, Math.abs(expected))));
  }

  @ParameterizedTest(name = "qchisq({1}, {0})")
  @MethodSource("chiSquaredQuantiles")
  void chiSquaredQuantilesAreAccurateInBothTails(
      double degreesOfFreedom, double p, double lowerQuantile, double q, double upperQuantile) {
    assertRelative(ChiSquaredDistribution.quantile(p, degreesOfFreedom), lowerQuantile, 1e-14);
    assertRelative(ChiSquaredDistribution.upperQuantile(q, degreesOfFreedom), upperQuantile, 1e-14);
  }

  @Test
  void chiSquaredWithZeroDegreesOfFreedomIsZero() {
    assertThat(ChiSquaredDistribution.quantile(0.025, 0)).isZero();
    assertThat(ChiSquaredDistribution.quantile(0, 4)).isZero();
    assertThat(ChiSquaredDistribution.upperQuantile(0, 4)).isEqualTo(Double.POSITIVE_INFINITY);
    // qchisq(0.025, 2) = -2 ln(0.975) exactly.
    assertRelative(ChiSquaredDistribution.quantile(0.025, 2), -2 * Math.log(0.975), 1e-15);
  }

  @Test
  void incompleteGammaTailsAddToOne() {
    for (double a : new double[] {0.3, 1, 4.5, 10, 60}) {
      for (double x : new double[] {0.01, 1, 5, 11, 70}) {
        assertThat(GammaFunction.regularizedP(a, x) + GammaFunction.regularizedQ(a, x)).isCloseTo(1, within(1e-15));
      }
    }
    // P(1, x) = 1 - exp(-x)
    assertRelative(GammaFunction.regularizedP(1, 0.5), -Math.expm1(-0.5), 1e-15);
    assertRelative(GammaFunction.regularizedQ(1, 30), Math.exp(-30), 1e-14);
  }

  @ParameterizedTest(name = "qt(1 - {1}, {0})")
  @MethodSource("studentTQuantiles")
  void studentTQuantilesAreAccurate(double degreesOfFreedom, double alpha, double expected) {
    assertRelative(StudentTDistribution.upperQuantile(alpha, degreesOfFreedom), expected, 1e-14);
    assertRelative(StudentTDistribution.quantile(alpha, degreesOfFreedom), -expected, 1e-14);
    assertThat(StudentTDistribution.cdf(expected, degreesOfFreedom)).isCloseTo(1 - alpha, within(2e-15));
  }

  @Test
  void incompleteBetaMatchesClosedForms() {
    // I_x(1, b) = 1 - (1 - x)^b; I_x(a, 1) = x^a
    assertRelative(BetaFunction.regularized(0.3, 1, 2.5), 1 - Math.pow(0.7, 2.5), 1e-15);
    assertRelative(BetaFunction.regularized(0.3, 2.5, 1), Math.pow(0.3, 2.5), 1e-14);
    assertRelative(BetaFunction.regularized(0.9, 2.5, 1), Math.pow(0.9, 2.5), 1e-14);
    assertThat(BetaFunction.regularized(0, 2, 3)).isZero();
    assertThat(BetaFunction.regularized(1, 2, 3)).isEqualTo(1);
  }

  @Test
  void theFastExponentialIsWithinTwoUlpOfStrictMath() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    for (int i = 0; i < 200_000; i++) {
      double x = i % 2 == 0 ? (2 * random.nextDouble() - 1) * 707.99 : (2 * random.nextDouble() - 1) * 12;
      double exact = StrictMath.exp(x);
      assertThat(Math.abs(ExponentialFunction.exp(x) - exact)).as("exp(%s)", x).isLessThanOrEqualTo(2 * Math.ulp(exact));
    }
    assertThat(ExponentialFunction.exp(0)).isEqualTo(1);
    assertThat(ExponentialFunction.exp(1)).isCloseTo(Math.E, within(Math.ulp(Math.E)));
    assertThat(ExponentialFunction.exp(-745.2)).isEqualTo(StrictMath.exp(-745.2));
    assertThat(ExponentialFunction.exp(710)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ExponentialFunction.exp(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(ExponentialFunction.exp(Double.NaN)).isNaN();
  }
}
