package io.github.icsmodel.inequality;

import io.github.icsmodel.inequality.distribution.ChiSquaredDistribution;

/**
 * The confidence limits for a count and for a proportion on which the indicator methods are built: Byar's
 * approximation, exact Poisson limits and Wilson score limits. They match PHEindicatormethods' internal functions
 * {@code byars_lower}, {@code byars_upper}, {@code wilson_lower} and {@code wilson_upper}, and the exact limits of
 * {@code phe_rate}.
 *
 * <p>Throughout, z = &Phi;<sup>-1</sup>(c + (1 - c)/2) is the two-sided normal critical value of the confidence
 * level c ({@link ConfidenceLevel#criticalValue()}).
 */
public final class ConfidenceLimits {

  private ConfidenceLimits() {}

  /**
   * Byar's lower confidence limit for an observed count O (Breslow and Day, <i>Statistical methods in cancer
   * research</i>, volume II, 1987): O (1 - 1/(9O) - z/(3&radic;O))<sup>3</sup>. Matches {@code byars_lower}.
   *
   * @param count the observed number of events O, not negative (need not be whole)
   * @param confidence the confidence level
   * @return the lower limit for the count; NaN where the formula goes negative (very small counts at very high
   *     levels) or for a count of 0, as the package gives NA
   * @throws InequalityInputException if the count is negative or not a number
   */
  public static double byarsLower(double count, ConfidenceLevel confidence) {
    checkCount(count);
    double z = confidence.criticalValue();
    double base = 1 - 1 / (9 * count) - z / (3 * Math.sqrt(count));
    double lower = count * base * base * base;
    return lower >= 0 ? lower : Double.NaN;
  }

  /**
   * Byar's upper confidence limit for an observed count O: (O + 1)(1 - 1/(9(O + 1)) + z/(3&radic;(O + 1)))<sup>3</sup>.
   * Matches {@code byars_upper}.
   *
   * @param count the observed number of events O, not negative (need not be whole)
   * @param confidence the confidence level
   * @return the upper limit for the count
   * @throws InequalityInputException if the count is negative or not a number
   */
  public static double byarsUpper(double count, ConfidenceLevel confidence) {
    checkCount(count);
    double z = confidence.criticalValue();
    double next = count + 1;
    double base = 1 - 1 / (9 * next) + z / (3 * Math.sqrt(next));
    return next * base * base * base;
  }

  /**
   * The exact lower confidence limit for a Poisson count O: half the (1 - c)/2 quantile of the chi-square
   * distribution with 2O degrees of freedom (0 for O = 0). This is what {@code phe_rate} uses for counts below 10.
   *
   * @param count the observed number of events O, not negative (need not be whole)
   * @param confidence the confidence level
   * @return the lower limit for the count
   * @throws InequalityInputException if the count is negative or not a number
   */
  public static double exactPoissonLower(double count, ConfidenceLevel confidence) {
    checkCount(count);
    return ChiSquaredDistribution.quantile(confidence.tailProbability(), 2 * count) / 2;
  }

  /**
   * The exact upper confidence limit for a Poisson count O: half the c + (1 - c)/2 quantile of the chi-square
   * distribution with 2O + 2 degrees of freedom. This is what {@code phe_rate} uses for counts below 10.
   *
   * @param count the observed number of events O, not negative (need not be whole)
   * @param confidence the confidence level
   * @return the upper limit for the count
   * @throws InequalityInputException if the count is negative or not a number
   */
  public static double exactPoissonUpper(double count, ConfidenceLevel confidence) {
    checkCount(count);
    return ChiSquaredDistribution.upperQuantile(confidence.tailProbability(), 2 * count + 2) / 2;
  }

  /**
   * The Wilson score lower confidence limit for a proportion x/n (Wilson, <i>J Am Stat Assoc</i> 22:209, 1927;
   * Newcombe and Altman in <i>Statistics with confidence</i>, 2000):
   * (2x + z&sup2; - z&radic;(z&sup2; + 4x(1 - x/n)))/(2(n + z&sup2;)); 0 at a confidence level of 100%. Matches
   * {@code wilson_lower}.
   *
   * @param numerator the number of cases x with the attribute, not negative (need not be whole)
   * @param denominator the number of cases n in the sample, at least x
   * @param confidence the confidence level
   * @return the lower limit, as a proportion between 0 and 1
   * @throws InequalityInputException if x is negative, n is negative or x exceeds n
   */
  public static double wilsonLower(double numerator, double denominator, ConfidenceLevel confidence) {
    checkWilson(numerator, denominator);
    if (confidence.value() == 1) {
      return 0;
    }
    double z = confidence.criticalValue();
    double z2 = z * z;
    return (2 * numerator + z2 - z * Math.sqrt(z2 + 4 * numerator * (1 - numerator / denominator)))
        / 2 / (denominator + z2);
  }

  /**
   * The Wilson score upper confidence limit for a proportion x/n:
   * (2x + z&sup2; + z&radic;(z&sup2; + 4x(1 - x/n)))/(2(n + z&sup2;)); 1 at a confidence level of 100%. Matches
   * {@code wilson_upper}.
   *
   * @param numerator the number of cases x with the attribute, not negative (need not be whole)
   * @param denominator the number of cases n in the sample, at least x
   * @param confidence the confidence level
   * @return the upper limit, as a proportion between 0 and 1
   * @throws InequalityInputException if x is negative, n is negative or x exceeds n
   */
  public static double wilsonUpper(double numerator, double denominator, ConfidenceLevel confidence) {
    checkWilson(numerator, denominator);
    if (confidence.value() == 1) {
      return 1;
    }
    double z = confidence.criticalValue();
    double z2 = z * z;
    return (2 * numerator + z2 + z * Math.sqrt(z2 + 4 * numerator * (1 - numerator / denominator)))
        / 2 / (denominator + z2);
  }

  private static void checkCount(double count) {
    if (!(count >= 0) || count == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException(
          "observed events must all be greater than or equal to zero (and finite), not " + count);
    }
  }

  private static void checkWilson(double numerator, double denominator) {
    if (!(numerator >= 0) || numerator == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException(
          "observed events must all be greater than or equal to zero (and finite), not " + numerator);
    }
    if (!(denominator >= 0) || denominator == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException("sample sizes must all be greater than zero (and finite), not " + denominator);
    }
    if (numerator > denominator) {
      throw new InequalityInputException(
          "numerators must be less than or equal to denominator for a Wilson score to be calculated, not "
              + numerator + " > " + denominator);
    }
  }
}
