package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;

/**
 * A proportion: the number of people with an attribute (the numerator x) out of a population (the denominator n),
 * such as the share of year 6 children who are obese. It gives the value x/n, optionally as a percentage or another
 * multiple, with Wilson score confidence limits, as PHEindicatormethods' {@code phe_proportion} does.
 *
 * <p>{@code Proportion.of(65, 100).withWilsonLimits(100, ConfidenceLevel.PERCENT_95)} is 65% with limits 55.25%
 * and 73.64%. For a group of areas, {@link #plus(Proportion)} adds numerators and denominators first, as the
 * package does for grouped data.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Proportion implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double numerator;
  private final double denominator;

  private Proportion(double numerator, double denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains a proportion.
   *
   * @param numerator the number with the attribute, x &ge; 0 (need not be whole)
   * @param denominator the population, n &gt; 0, at least x
   * @return the proportion
   * @throws InequalityInputException if x is negative, n is not positive, x exceeds n, or either is not finite
   */
  public static Proportion of(double numerator, double denominator) {
    if (!(numerator >= 0) || numerator == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException("numerators must be greater than or equal to zero, not " + numerator);
    }
    if (!(denominator > 0) || denominator == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException("denominators must be greater than zero, not " + denominator);
    }
    if (numerator > denominator) {
      throw new InequalityInputException(
          "numerators must be less than or equal to denominator for a proportion statistic, not "
              + numerator + " > " + denominator);
    }
    return new Proportion(numerator, denominator);
  }

  /**
   * The number with the attribute, x.
   *
   * @return the numerator
   */
  public double numerator() {
    return numerator;
  }

  /**
   * The population, n.
   *
   * @return the denominator
   */
  public double denominator() {
    return denominator;
  }

  /**
   * The proportion x/n, between 0 and 1.
   *
   * @return the value
   */
  public double value() {
    return numerator / denominator;
  }

  /**
   * Returns the proportion for the two groups together: numerators added and denominators added.
   *
   * @param other the other group
   * @return the combined proportion
   */
  public Proportion plus(Proportion other) {
    return of(numerator + other.numerator, denominator + other.denominator);
  }

  /**
   * The Wilson score interval of the proportion, on the 0 to 1 scale ({@code wilson_lower}, {@code wilson_upper}).
   *
   * @param confidence the confidence level
   * @return the interval
   */
  public ConfidenceInterval wilsonInterval(ConfidenceLevel confidence) {
    return ConfidenceInterval.of(
        confidence,
        ConfidenceLimits.wilsonLower(numerator, denominator, confidence),
        ConfidenceLimits.wilsonUpper(numerator, denominator, confidence));
  }

  /**
   * Returns the proportion of 1 with Wilson score limits ({@code phe_proportion} with {@code multiplier = 1}).
   *
   * @param levels the confidence levels, at least one, such as {@link ConfidenceLevel#PERCENT_95}
   * @return the value and limits
   * @throws InequalityInputException if no level is given, or one is given twice
   */
  public Estimate withWilsonLimits(ConfidenceLevel... levels) {
    return withWilsonLimits(1, levels);
  }

  /**
   * Returns the proportion with Wilson score limits, value and limits multiplied by a multiplier
   * ({@code phe_proportion}): 100 gives a percentage.
   *
   * @param multiplier the multiplier, positive
   * @param levels the confidence levels, at least one
   * @return the value and limits
   * @throws InequalityInputException if the multiplier is not positive, or no level is given, or one is given twice
   */
  public Estimate withWilsonLimits(double multiplier, ConfidenceLevel... levels) {
    Checks.positiveMultiplier(multiplier);
    ImmutableList.Builder<ConfidenceInterval> intervals = ImmutableList.builder();
    for (ConfidenceLevel level : Checks.levels(levels)) {
      ConfidenceInterval interval = wilsonInterval(level);
      intervals.add(ConfidenceInterval.of(level, interval.lower() * multiplier, interval.upper() * multiplier));
    }
    String statistic = multiplier == 100 ? "percentage" : "proportion of " + Checks.format(multiplier);
    return Estimate.of(value() * multiplier, multiplier, statistic, IntervalMethod.WILSON, intervals.build());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Proportion
        && Double.compare(((Proportion) obj).numerator, numerator) == 0
        && Double.compare(((Proportion) obj).denominator, denominator) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(numerator) + Double.hashCode(denominator);
  }

  @Override
  public String toString() {
    return Checks.format(numerator) + "/" + Checks.format(denominator);
  }
}
