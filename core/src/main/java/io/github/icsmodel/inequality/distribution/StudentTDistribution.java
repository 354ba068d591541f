package io.github.icsmodel.inequality.distribution;

/**
 * Student's t distribution with &nu; degrees of freedom.
 *
 * <p>The upper tail is P(T &gt; t) = I<sub>&nu;/(&nu;+t&sup2;)</sub>(&nu;/2, 1/2)/2 for t &ge; 0 (Abramowitz and
 * Stegun 26.7.1 with 26.5.27), using {@link BetaFunction#regularized(double, double, double)}. Quantiles are exact
 * in closed form for &nu; = 1 and &nu; = 2; otherwise they start from the Cornish-Fisher expansion about the normal
 * quantile (Abramowitz and Stegun 26.7.5) and are refined by Halley's method on the upper tail inside a shrinking
 * bracket, to a relative error of the order of 10<sup>-14</sup>.
 */
public final class StudentTDistribution {
  private static final double EPSILON = 0x1.0p-53;

  private StudentTDistribution() {}

  /**
   * Returns the cumulative distribution function P(T &le; t).
   *
   * @param t the argument
   * @param degreesOfFreedom &nu;, positive (need not be an integer)
   * @return the probability
   * @throws IllegalArgumentException if the degrees of freedom are not positive
   */
  public static double cdf(double t, double degreesOfFreedom) {
    checkDegreesOfFreedom(degreesOfFreedom);
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    return t >= 0 ? 1 - upperTail(t, degreesOfFreedom) : upperTail(-t, degreesOfFreedom);
  }

  /**
   * Returns the p-quantile: the t with P(T &le; t) = p.
   *
   * @param p the probability, in [0, 1]
   * @param degreesOfFreedom &nu;, positive (need not be an integer)
   * @return the quantile; infinite for p = 0 or 1
   * @throws IllegalArgumentException if p is outside [0, 1] or the degrees of freedom are not positive
   */
  public static double quantile(double p, double degreesOfFreedom) {
    checkDegreesOfFreedom(degreesOfFreedom);
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability outside [0, 1]: " + p);
    }
    if (p == 0.5) {
      return 0;
    }
    return p < 0.5 ? -upperQuantile(p, degreesOfFreedom) : upperQuantile(1 - p, degreesOfFreedom);
  }

  /**
   * Returns the positive t with P(T &gt; t) = &alpha;, for &alpha; &le; 1/2, computed from the upper tail so that a
   * small &alpha; keeps its relative accuracy.
   *
   * @param alpha the upper-tail probability, in [0, 1/2]
   * @param degreesOfFreedom &nu;, positive (need not be an integer)
   * @return the critical value, not negative
   * @throws IllegalArgumentException if &alpha; is outside [0, 1/2] or the degrees of freedom are not positive
   */
  public static double upperQuantile(double alpha, double degreesOfFreedom) {
    checkDegreesOfFreedom(degreesOfFreedom);
    if (!(alpha >= 0 && alpha <= 0.5)) {
      throw new IllegalArgumentException("upper-tail probability outside [0, 1/2]: " + alpha);
    }
    if (alpha == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (alpha == 0.5) {
      return 0;
    }
    double nu = degreesOfFreedom;
    if (nu == 1) {
      return 1 / Math.tan(Math.PI * alpha);
    }
    if (nu == 2) {
      return (1 - 2 * alpha) / Math.sqrt(2 * alpha * (1 - alpha));
    }
    double z = -NormalDistribution.quantile(alpha);
    double z2 = z * z;
    double t = z
        + z * (z2 + 1) / (4 * nu)
        + z * ((5 * z2 + 16) * z2 + 3) / (96 * nu * nu)
        + z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / (384 * nu * nu * nu);
    // ln f(0) = -ln B(nu/2, 1/2) - ln(nu)/2
    double logDensityConstant = -BetaFunction.logBeta(nu / 2, 0.5) - 0.5 * Math.log(nu);
    double low = 0;
    double high = Double.POSITIVE_INFINITY;
    if (!(t > 0) || !Double.isFinite(t)) {
      t = 1;
    }
    for (int i = 0; i < 200; i++) {
      double error = upperTail(t, nu) - alpha;
      if (error == 0) {
        return t;
      }
      if (error > 0) {
        low = t;
      } else {
        high = t;
      }
      double density = Math.exp(logDensityConstant - (nu + 1) / 2 * Math.log1p(t * t / nu));
      double next = Double.NaN;
      if (density > 0) {
        // Newton on the upper tail U(t), U' = -f; Halley uses f'/f = -(nu + 1) t / (nu + t^2).
        double u = -error / density;
        double halley = u * (-(nu + 1) * t / (nu + t * t));
        double step = Math.abs(halley) < 1 ? u / (1 - 0.5 * halley) : u;
        next = t - step;
      }
      if (!(next > low && next < high)) {
        next = high == Double.POSITIVE_INFINITY ? 2 * t : 0.5 * (low + high);
      }
      if (Math.abs(next - t) <= 4 * EPSILON * Math.abs(next)) {
        return next;
      }
      t = next;
    }
    return t;
  }

  /** P(T &gt; t) for t &ge; 0. */
  private static double upperTail(double t, double nu) {
    if (t == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double t2 = t * t;
    return 0.5 * BetaFunction.regularized(nu / (nu + t2), t2 / (nu + t2), nu / 2, 0.5);
  }

  private static void checkDegreesOfFreedom(double degreesOfFreedom) {
    if (!(degreesOfFreedom > 0) || degreesOfFreedom == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("degrees of freedom must be positive and finite: " + degreesOfFreedom);
    }
  }
}
