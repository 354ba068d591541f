package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;

/**
 * A crude rate: a count of events (deaths, admissions) in a population, such as 65 deaths in 100 people, given
 * per 100,000 or another multiple, with confidence limits for a Poisson count as PHEindicatormethods'
 * {@code phe_rate} gives them: exact limits from the chi-square distribution for counts below 10, Byar's
 * approximation for 10 or more.
 *
 * <p>Unlike a proportion, the count may exceed the population (people can have several events). For a group of
 * areas, {@link #plus(Rate)} adds counts and populations first, as the package does for grouped data.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Rate implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Counts below this get exact Poisson limits, as in {@code phe_rate}. */
  static final double EXACT_BELOW = 10;

  private final double count;
  private final double population;

  private Rate(double count, double population) {
    this.count = count;
    this.population = population;
  }

  /**
   * Obtains a rate.
   *
   * @param count the number of events, not negative (need not be whole)
   * @param population the population (denominator), positive
   * @return the rate
   * @throws InequalityInputException if the count is negative, the population is not positive, or either is not
   *     finite
   */
  public static Rate of(double count, double population) {
    if (!(count >= 0) || count == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException("numerators must be greater than or equal to zero, not " + count);
    }
    if (!(population > 0) || population == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException("denominators must be greater than zero, not " + population);
    }
    return new Rate(count, population);
  }

  /**
   * The number of events.
   *
   * @return the count
   */
  public double count() {
    return count;
  }

  /**
   * The population.
   *
   * @return the denominator
   */
  public double population() {
    return population;
  }

  /**
   * The rate per person, count/population.
   *
   * @return the value
   */
  public double value() {
    return count / population;
  }

  /**
   * Returns the rate for the two groups together: counts added and populations added.
   *
   * @param other the other group
   * @return the combined rate
   */
  public Rate plus(Rate other) {
    return of(count + other.count, population + other.population);
  }

  /**
   * How {@link #withLimits} computes the limits for this count: {@link IntervalMethod#EXACT} below 10,
   * {@link IntervalMethod#BYARS} otherwise.
   *
   * @return the method
   */
  public IntervalMethod intervalMethod() {
    return count < EXACT_BELOW ? IntervalMethod.EXACT : IntervalMethod.BYARS;
  }

  /**
   * Returns the rate per multiplier with its confidence limits ({@code phe_rate}): value = count/population
   * &times; multiplier, and the limits of the count divided by the population and multiplied likewise.
   *
   * @param multiplier the multiplier, positive, such as 100,000 for a rate per 100,000
   * @param levels the confidence levels, at least one, such as {@link ConfidenceLevel#PERCENT_95}
   * @return the value and limits
   * @throws InequalityInputException if the multiplier is not positive, or no level is given, or one is given twice
   */
  public Estimate withLimits(double multiplier, ConfidenceLevel... levels) {
    Checks.positiveMultiplier(multiplier);
    IntervalMethod method = intervalMethod();
    ImmutableList.Builder<ConfidenceInterval> intervals = ImmutableList.builder();
    for (ConfidenceLevel level : Checks.levels(levels)) {
      double lower;
      double upper;
      if (method == IntervalMethod.EXACT) {
        lower = ConfidenceLimits.exactPoissonLower(count, level);
        upper = ConfidenceLimits.exactPoissonUpper(count, level);
      } else {
        lower = ConfidenceLimits.byarsLower(count, level);
        upper = ConfidenceLimits.byarsUpper(count, level);
      }
      intervals.add(ConfidenceInterval.of(level, lower / population * multiplier, upper / population * multiplier));
    }
    return Estimate.of(
        value() * multiplier, multiplier, "rate per " + Checks.format(multiplier), method, intervals.build());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rate
        && Double.compare(((Rate) obj).count, count) == 0
        && Double.compare(((Rate) obj).population, population) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(count) + Double.hashCode(population);
  }

  @Override
  public String toString() {
    return Checks.format(count) + " in " + Checks.format(population);
  }
}
