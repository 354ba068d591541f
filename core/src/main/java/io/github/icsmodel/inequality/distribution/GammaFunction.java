package io.github.icsmodel.inequality.distribution;

/**
 * The logarithm of the gamma function and the regularised incomplete gamma functions P(a, x) and Q(a, x), with
 * their inverses in x.
 *
 * <p>Algorithms:
 *
 * <ul>
 *   <li>{@link #logGamma(double)}: Stirling's asymptotic series with seven Bernoulli terms (Abramowitz and Stegun,
 *       <i>Handbook of Mathematical Functions</i>, 6.1.40) for x &ge; 12; below that, the recurrence
 *       &Gamma;(x + 1) = x&Gamma;(x) down to [1/2, 3/2) and the Taylor series of 1/&Gamma;(1 + t) (6.1.34). The
 *       error is a few units in the last place of ln &Gamma;(x), and of &Gamma;(x) itself for x &lt; 12, which is
 *       what the exponential prefactors below need.
 *   <li>{@link #regularizedP(double, double)} and {@link #regularizedQ(double, double)}: the power series for
 *       x &lt; a + 1 and the Legendre continued fraction, evaluated by the modified Lentz method, otherwise (Press,
 *       Teukolsky, Vetterling and Flannery, <i>Numerical Recipes</i>, 3rd edition, section 6.2; Lentz, <i>Applied
 *       Optics</i> 15:668, 1976). Each tail is computed directly, so a small tail keeps its relative accuracy.
 *   <li>{@link #inverseRegularizedP(double, double)} and {@link #inverseRegularizedQ(double, double)}: the initial
 *       guess of <i>Numerical Recipes</i> {@code invgammp} (Wilson-Hilferty for a &gt; 1), refined by Halley's
 *       method on the tail being matched, kept inside a shrinking bracket with bisection as a fallback.
 * </ul>
 *
 * <p>For the shape parameters the indicator methods use (a &le; a few hundred) the relative error of P, Q and
 * their inverses is of the order of 10<sup>-14</sup>; it grows slowly, roughly in proportion to a, for large a.
 */
public final class GammaFunction {
  private static final double EPSILON = 0x1.0p-53;
  private static final double HALF_LOG_TWO_PI = 0.91893853320467274178032973640562;
  private static final int MAX_ITERATIONS = 10_000;

  private GammaFunction() {}

  /**
   * Returns ln &Gamma;(x) for x &gt; 0.
   *
   * @param x the argument, positive
   * @return the natural logarithm of the gamma function; NaN if x is NaN or not positive
   */
  public static double logGamma(double x) {
    if (!(x > 0)) {
      return Double.NaN;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    if (x >= 12) {
      return stirling(x);
    }
    if (x < 0.5) {
      // Gamma(x) = Gamma(1 + x) / x
      return -Math.log(x) - Math.log(reciprocalGammaOnePlus(x));
    }
    // Gamma(x) = (x - 1)(x - 2)...(z) Gamma(z) with z in [0.5, 1.5); each z - 1 is exact.
    double z = x;
    double product = 1;
    while (z >= 1.5) {
      z -= 1;
      product *= z;
    }
    return Math.log(product) - Math.log(reciprocalGammaOnePlus(z - 1));
  }

  /**
   * 1/&Gamma;(1 + t) for |t| &le; 1/2 from its Taylor series about 0 (Abramowitz and Stegun 6.1.34; the
   * coefficients, recomputed with mpmath at 50 digits, are rounded to double). The truncation error after the t^22
   * term is below 10<sup>-21</sup>.
   */
  private static double reciprocalGammaOnePlus(double t) {
    double sum = -2.0583260535665066e-14;
    sum = sum * t + 5.100370287454476e-13;
    sum = sum * t - 3.696805618642206e-12;
    sum = sum * t + 7.782263439905071e-12;
    sum = sum * t + 1.0434267116911005e-10;
    sum = sum * t - 1.18127457048702e-09;
    sum = sum * t + 5.002007644469223e-09;
    sum = sum * t + 6.116095104481416e-09;
    sum = sum * t - 2.056338416977607e-07;
    sum = sum * t + 1.133027231981696e-06;
    sum = sum * t - 1.2504934821426706e-06;
    sum = sum * t - 2.013485478078824e-05;
    sum = sum * t + 0.0001280502823881162;
    sum = sum * t - 0.00021524167411495098;
    sum = sum * t - 0.0011651675918590652;
    sum = sum * t + 0.0072189432466631;
    sum = sum * t - 0.009621971527876973;
    sum = sum * t - 0.04219773455554433;
    sum = sum * t + 0.16653861138229148;
    sum = sum * t - 0.04200263503409524;
    sum = sum * t - 0.6558780715202539;
    sum = sum * t + 0.5772156649015329;
    return sum * t + 1.0;
  }

  /** Stirling's series with Bernoulli terms B(2k) / (2k (2k - 1) x^(2k - 1)), k = 1..7, for x &ge; 12. */
  private static double stirling(double x) {
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
  }

  /**
   * Returns ln &Gamma;(a) - ln &Gamma;(a + b) without the cancellation of the two large logarithms, for a &ge; 12
   * and b &gt; 0.
   *
   * @param a the larger argument, at least 12
   * @param b the increment, positive
   * @return the difference of the log-gamma values
   */
  static double logGammaDifference(double a, double b) {
    // (a - 1/2) ln a - (a + b - 1/2) ln(a + b) + b = -(a - 1/2) ln(1 + b/a) - b ln(a + b) + b
    return -(a - 0.5) * Math.log1p(b / a) - b * Math.log(a + b) + b
        + stirlingCorrection(a) - stirlingCorrection(a + b);
  }

  private static double stirlingCorrection(double x) {
    double inverse = 1 / x;
    double inverseSquared = inverse * inverse;
    double series = inverse * (1.0 / 12
        + inverseSquared * (-1.0 / 360
        + inverseSquared * (1.0 / 1260
        + inverseSquared * (-1.0 / 1680
        + inverseSquared * (1.0 / 1188
        + inverseSquared * (-691.0 / 360360
        + inverseSquared * (1.0 / 156)))))));
    return series;
  }

  /**
   * Returns the regularised lower incomplete gamma function P(a, x) = &gamma;(a, x) / &Gamma;(a), the cumulative
   * distribution function at x of a gamma distribution with shape a and scale 1.
   *
   * @param a the shape, positive
   * @param x the argument, not negative
   * @return P(a, x) in [0, 1]
   * @throws IllegalArgumentException if a is not positive or x is negative
   */
  public static double regularizedP(double a, double x) {
    checkArguments(a, x);
    if (x == 0) {
      return 0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 1;
    }
    return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
  }

  /**
   * Returns the regularised upper incomplete gamma function Q(a, x) = 1 - P(a, x), the upper tail of a gamma
   * distribution with shape a and scale 1.
   *
   * @param a the shape, positive
   * @param x the argument, not negative
   * @return Q(a, x) in [0, 1]
   * @throws IllegalArgumentException if a is not positive or x is negative
   */
  public static double regularizedQ(double a, double x) {
    checkArguments(a, x);
    if (x == 0) {
      return 1;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0;
    }
    return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
  }

  /**
   * Returns the x with P(a, x) = p: the p-quantile of a gamma distribution with shape a and scale 1.
   *
   * @param a the shape, positive
   * @param p the lower-tail probability, in [0, 1]
   * @return the quantile; 0 for p = 0, positive infinity for p = 1
   * @throws IllegalArgumentException if a is not positive or p is outside [0, 1]
   */
  public static double inverseRegularizedP(double a, double p) {
    return inverse(a, p, true);
  }

  /**
   * Returns the x with Q(a, x) = q: the (1 - q)-quantile of a gamma distribution with shape a and scale 1,
   * computed from the upper tail so that a small q keeps its relative accuracy.
   *
   * @param a the shape, positive
   * @param q the upper-tail probability, in [0, 1]
   * @return the quantile; positive infinity for q = 0, 0 for q = 1
   * @throws IllegalArgumentException if a is not positive or q is outside [0, 1]
   */
  public static double inverseRegularizedQ(double a, double q) {
    return inverse(a, q, false);
  }

  private static void checkArguments(double a, double x) {
    if (!(a > 0) || a == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("shape must be positive and finite: " + a);
    }
    if (!(x >= 0)) {
      throw new IllegalArgumentException("argument must not be negative: " + x);
    }
  }

  /** exp(-x + a ln x - ln Gamma(a)), the common factor of both tails. */
  private static double prefactor(double a, double x) {
    return Math.exp(-x + a * Math.log(x) - logGamma(a));
  }

  private static double lowerSeries(double a, double x) {
    double term = 1 / a;
    double sum = term;
    double denominator = a;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      denominator += 1;
      term *= x / denominator;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        break;
      }
    }
    return sum * prefactor(a, x);
  }

  private static double upperContinuedFraction(double a, double x) {
    final double tiny = Double.MIN_NORMAL / EPSILON;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = b + an / c;
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
    return prefactor(a, x) * h;
  }

  private static double inverse(double a, double probability, boolean lowerTail) {
    if (!(a > 0) || a == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("shape must be positive and finite: " + a);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability outside [0, 1]: " + probability);
    }
    double p = lowerTail ? probability : 1 - probability;
    if (lowerTail ? probability == 0 : probability == 1) {
      return 0;
    }
    if (lowerTail ? probability == 1 : probability == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double logGammaA = logGamma(a);
    double x = initialGuess(a, p);
    double low = 0;
    double high = Double.POSITIVE_INFINITY;
    for (int i = 0; i < 200; i++) {
      double tail = lowerTail ? regularizedP(a, x) : regularizedQ(a, x);
      double error = tail - probability;
      if (error == 0) {
        return x;
      }
      // P increases with x, Q decreases.
      boolean tooHigh = lowerTail ? error > 0 : error < 0;
      if (tooHigh) {
        high = x;
      } else {
        low = x;
      }
      double density = Math.exp(-x + (a - 1) * Math.log(x) - logGammaA);
      double next;
      if (density > 0 && Double.isFinite(density)) {
        double u = (lowerTail ? error : -error) / density;
        // Halley: the second derivative over the first is (a - 1) / x - 1.
        double halley = u * ((a - 1) / x - 1);
        double step = Math.abs(halley) < 1 ? u / (1 - 0.5 * halley) : u;
        next = x - step;
      } else {
        next = Double.NaN;
      }
      if (!(next > low && next < high)) {
        next = high == Double.POSITIVE_INFINITY ? 2 * x + 1 : 0.5 * (low + high);
      }
      if (Math.abs(next - x) <= 4 * EPSILON * Math.abs(next) || low == high) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /** The initial guess of Numerical Recipes {@code invgammp}. */
  private static double initialGuess(double a, double p) {
    if (a > 1) {
      double pp = p < 0.5 ? p : 1 - p;
      double t = Math.sqrt(-2 * Math.log(pp));
      double x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
      if (p < 0.5) {
        x = -x;
      }
      double cube = 1 - 1 / (9 * a) - x / (3 * Math.sqrt(a));
      return Math.max(1e-3, a * cube * cube * cube);
    }
    double t = 1 - a * (0.253 + a * 0.12);
    if (p < t) {
      double guess = Math.pow(p / t, 1 / a);
      return guess > 0 ? guess : Double.MIN_NORMAL;
    }
    return 1 - Math.log(1 - (p - t) / (1 - t));
  }
}
