package io.github.icsmodel.inequality.distribution;

/**
 * The chi-square distribution with &nu; degrees of freedom, a gamma distribution with shape &nu;/2 and scale 2.
 *
 * <p>Its quantiles are those of {@link GammaFunction#inverseRegularizedP(double, double)} and
 * {@link GammaFunction#inverseRegularizedQ(double, double)}, doubled. As in R's {@code qchisq}, zero degrees of
 * freedom is the distribution with all its mass at 0.
 */
public final class ChiSquaredDistribution {

  private ChiSquaredDistribution() {}

  /**
   * Returns the p-quantile: the x with P(X &le; x) = p.
   *
   * @param p the lower-tail probability, in [0, 1]
   * @param degreesOfFreedom &nu;, not negative (need not be an integer)
   * @return the quantile
   * @throws IllegalArgumentException if p is outside [0, 1] or the degrees of freedom are negative
   */
  public static double quantile(double p, double degreesOfFreedom) {
    checkDegreesOfFreedom(degreesOfFreedom);
    if (degreesOfFreedom == 0) {
      checkProbability(p);
      return 0;
    }
    return 2 * GammaFunction.inverseRegularizedP(degreesOfFreedom / 2, p);
  }

  /**
   * Returns the quantile with upper-tail probability q: the x with P(X &gt; x) = q, computed from the upper tail.
   *
   * @param q the upper-tail probability, in [0, 1]
   * @param degreesOfFreedom &nu;, not negative (need not be an integer)
   * @return the quantile
   * @throws IllegalArgumentException if q is outside [0, 1] or the degrees of freedom are negative
   */
  public static double upperQuantile(double q, double degreesOfFreedom) {
    checkDegreesOfFreedom(degreesOfFreedom);
    if (degreesOfFreedom == 0) {
      checkProbability(q);
      return 0;
    }
    return 2 * GammaFunction.inverseRegularizedQ(degreesOfFreedom / 2, q);
  }

  private static void checkDegreesOfFreedom(double degreesOfFreedom) {
    if (!(degreesOfFreedom >= 0) || degreesOfFreedom == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("degrees of freedom must be finite and not negative: " + degreesOfFreedom);
    }
  }

  private static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability outside [0, 1]: " + p);
    }
  }
}
