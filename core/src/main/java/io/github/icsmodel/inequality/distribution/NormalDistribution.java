package io.github.icsmodel.inequality.distribution;

/**
 * The standard normal distribution: its quantile function (the inverse of the cumulative distribution function).
 *
 * <p>The quantile follows Wichura's algorithm AS 241, {@code PPND16}: M. J. Wichura, "Algorithm AS 241: The
 * Percentage Points of the Normal Distribution", <i>Applied Statistics</i> 37(3):477-484, 1988,
 * doi:10.2307/2347330. Its rational approximations are accurate to about 1 part in 10<sup>16</sup>, the precision
 * of a double, for 10<sup>-300</sup> &lt; p &lt; 1 - 10<sup>-16</sup>. R's {@code qnorm} uses the same algorithm.
 */
public final class NormalDistribution {

  private NormalDistribution() {}

  /**
   * Returns the p-quantile of the standard normal distribution: the z with &Phi;(z) = p.
   *
   * @param p a probability in [0, 1]
   * @return the quantile; negative infinity for p = 0, positive infinity for p = 1, NaN for NaN
   * @throws IllegalArgumentException if p is outside [0, 1]
   */
  public static double quantile(double p) {
    if (Double.isNaN(p)) {
      return Double.NaN;
    }
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("probability outside [0, 1]: " + p);
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      double num = (((((((2.5090809287301226727e+3 * r
          + 3.3430575583588128105e+4) * r
          + 6.7265770927008700853e+4) * r
          + 4.5921953931549871457e+4) * r
          + 1.3731693765509461125e+4) * r
          + 1.9715909503065514427e+3) * r
          + 1.3314166789178437745e+2) * r
          + 3.3871328727963666080e+0) * q;
      double den = ((((((5.2264952788528545610e+3 * r
          + 2.8729085735721942674e+4) * r
          + 3.9307895800092710610e+4) * r
          + 2.1213794301586595867e+4) * r
          + 5.3941960214247511077e+3) * r
          + 6.8718700749205790830e+2) * r
          + 4.2313330701600911252e+1) * r
          + 1.0;
      return num / den;
    }
    double r = q < 0 ? p : 1.0 - p;
    r = Math.sqrt(-Math.log(r));
    double x;
    if (r <= 5.0) {
      r -= 1.6;
      double num = ((((((7.74545014278341407640e-4 * r
          + 2.27238449892691845833e-2) * r
          + 2.41780725177450611770e-1) * r
          + 1.27045825245236838258e+0) * r
          + 3.64784832476320460504e+0) * r
          + 5.76949722146069140550e+0) * r
          + 4.63033784615654529590e+0) * r
          + 1.42343711074968357734e+0;
      double den = ((((((1.05075007164441684324e-9 * r
          + 5.47593808499534494600e-4) * r
          + 1.51986665636164571966e-2) * r
          + 1.48103976427480074590e-1) * r
          + 6.89767334985100004550e-1) * r
          + 1.67638483018380384940e+0) * r
          + 2.05319162663775882187e+0) * r
          + 1.0;
      x = num / den;
    } else {
      r -= 5.0;
      double num = ((((((2.01033439929228813265e-7 * r
          + 2.71155556874348757815e-5) * r
          + 1.24266094738807843860e-3) * r
          + 2.65321895265761230930e-2) * r
          + 2.96560571828504891230e-1) * r
          + 1.78482653991729133580e+0) * r
          + 5.46378491116411436990e+0) * r
          + 6.65790464350110377720e+0;
      double den = ((((((2.04426310338993978564e-15 * r
          + 1.42151175831644588870e-7) * r
          + 1.84631831751005468180e-5) * r
          + 7.86869131145613259100e-4) * r
          + 1.48753612908506148525e-2) * r
          + 1.36929880922735805310e-1) * r
          + 5.99832206555887937690e-1) * r
          + 1.0;
      x = num / den;
    }
    return q < 0 ? -x : x;
  }

  /**
   * Returns the two-sided critical value for a confidence level c: &Phi;<sup>-1</sup>(c + (1 - c)/2), computed as
   * the PHEindicatormethods package does ({@code qnorm(confidence + (1 - confidence) / 2)}). It is 1.959963984540054
   * for c = 0.95 and 3.090232306167813 for c = 0.998.
   *
   * @param confidence the confidence level, in [0, 1]
   * @return the critical value
   */
  public static double twoSidedCriticalValue(double confidence) {
    return quantile(confidence + (1 - confidence) / 2);
  }
}
