package io.github.icsmodel.inequality.distribution;

/**
 * The regularised incomplete beta function I<sub>x</sub>(a, b), the cumulative distribution function of a beta
 * distribution.
 *
 * <p>Algorithm: the continued fraction of <i>Numerical Recipes</i> {@code betacf} (Press, Teukolsky, Vetterling and
 * Flannery, 3rd edition, section 6.4), evaluated by the modified Lentz method, used directly when
 * x &lt; (a + 1)/(a + b + 2) and through the symmetry I<sub>x</sub>(a, b) = 1 - I<sub>1-x</sub>(b, a) otherwise, where
 * it converges fastest. The prefactor x<sup>a</sup>(1 - x)<sup>b</sup>/(a B(a, b)) is computed in logarithms with
 * {@link GammaFunction#logGamma(double)}. The relative error is of the order of 10<sup>-14</sup> for moderate a and
 * b and grows slowly with them.
 */
public final class BetaFunction {
  private static final double EPSILON = 0x1.0p-53;
  private static final int MAX_ITERATIONS = 10_000;

  private BetaFunction() {}

  /**
   * Returns ln B(a, b) = ln &Gamma;(a) + ln &Gamma;(b) - ln &Gamma;(a + b).
   *
   * @param a first parameter, positive
   * @param b second parameter, positive
   * @return the logarithm of the beta function
   */
  public static double logBeta(double a, double b) {
    double large = Math.max(a, b);
    double small = Math.min(a, b);
    if (large >= 12) {
      // Avoids cancelling ln Gamma(large) against ln Gamma(large + small), both of order large * ln(large).
      return GammaFunction.logGamma(small) + GammaFunction.logGammaDifference(large, small);
    }
    return GammaFunction.logGamma(a) + GammaFunction.logGamma(b) - GammaFunction.logGamma(a + b);
  }

  /**
   * Returns I<sub>x</sub>(a, b).
   *
   * @param x the argument, in [0, 1]
   * @param a first shape parameter, positive
   * @param b second shape parameter, positive
   * @return the regularised incomplete beta function, in [0, 1]
   * @throws IllegalArgumentException if x is outside [0, 1] or a or b is not positive
   */
  public static double regularized(double x, double a, double b) {
    return regularized(x, 1 - x, a, b);
  }

  /**
   * Returns I<sub>x</sub>(a, b) given both x and y = 1 - x, so that a caller who can compute y more accurately than
   * by subtraction (x close to 1) keeps that accuracy.
   *
   * @param x the argument, in [0, 1]
   * @param y 1 - x
   * @param a first shape parameter, positive
   * @param b second shape parameter, positive
   * @return the regularised incomplete beta function, in [0, 1]
   * @throws IllegalArgumentException if x is outside [0, 1] or a or b is not positive
   */
  public static double regularized(double x, double y, double a, double b) {
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("argument outside [0, 1]: " + x);
    }
    if (!(a > 0) || !(b > 0) || a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("shape parameters must be positive and finite: " + a + ", " + b);
    }
    if (x == 0 || x == 1) {
      return x;
    }
    double logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
    double logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
    double prefactor = Math.exp(a * logX + b * logY - logBeta(a, b));
    if (x < (a + 1) / (a + b + 2)) {
      return prefactor * continuedFraction(x, a, b) / a;
    }
    return 1 - prefactor * continuedFraction(y, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    final double tiny = Double.MIN_NORMAL / EPSILON;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m < MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }
}
