package io.github.icsmodel.inequality;

import io.github.icsmodel.inequality.distribution.NormalDistribution;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A confidence level for the limits of an indicator, such as 95% or 99.8%, the two levels Fingertips shows.
 *
 * <p>As in PHEindicatormethods, a level lies between 90% and 100% inclusive. {@link #of(double)} takes it as a
 * fraction (0.95) and {@link #ofPercent(double)} as a percentage (95); the package accepts either in one argument
 * and divides values of 90 or more by 100, which this type makes explicit instead.
 *
 * <p>{@link #toString()} gives the percentage, such as {@code "99.8%"}, and {@link #parse(CharSequence)} reads it
 * back. Instances are immutable, thread-safe and value-based.
 */
public final class ConfidenceLevel implements Comparable<ConfidenceLevel>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RANGE = "confidence levels must be between 0.9 and 1 (between 90% and 100%)";

  /** The 95% level, the usual one on Fingertips. */
  public static final ConfidenceLevel PERCENT_95 = new ConfidenceLevel(0.95);

  /** The 99.8% level, Fingertips' second level (roughly three standard errors). */
  public static final ConfidenceLevel PERCENT_99_8 = new ConfidenceLevel(0.998);

  private final double value;

  private ConfidenceLevel(double value) {
    this.value = value;
  }

  /**
   * Obtains a level from a fraction.
   *
   * @param fraction the level, in [0.9, 1], such as 0.95
   * @return the level
   * @throws InequalityInputException if the fraction is outside [0.9, 1]
   */
  public static ConfidenceLevel of(double fraction) {
    if (!(fraction >= 0.9 && fraction <= 1)) {
      String hint = fraction >= 90 && fraction <= 100 ? "; for a percentage use ofPercent(" + fraction + ")" : "";
      throw new InequalityInputException(RANGE + ", not " + fraction + hint);
    }
    if (fraction == 0.95) {
      return PERCENT_95;
    }
    if (fraction == 0.998) {
      return PERCENT_99_8;
    }
    return new ConfidenceLevel(fraction);
  }

  /**
   * Obtains a level from a percentage.
   *
   * @param percent the level, in [90, 100], such as 99.8
   * @return the level
   * @throws InequalityInputException if the percentage is outside [90, 100]
   */
  public static ConfidenceLevel ofPercent(double percent) {
    if (!(percent >= 90 && percent <= 100)) {
      throw new InequalityInputException(RANGE + ", not " + percent + "%");
    }
    // Decimal division keeps ofPercent(99.8) equal to of(0.998).
    return of(BigDecimal.valueOf(percent).movePointLeft(2).doubleValue());
  }

  /**
   * Obtains a level from its text, as {@link #toString()} writes it: a percentage followed by {@code %}, such as
   * {@code "95%"} or {@code "99.8%"}.
   *
   * @param text the text
   * @return the level
   * @throws InequalityInputException if the text is not a percentage between 90% and 100%
   */
  public static ConfidenceLevel parse(CharSequence text) {
    String s = text.toString().strip();
    if (!s.endsWith("%")) {
      throw new InequalityInputException("not a confidence level: \"" + text + "\" (expected a percentage such as 95%)");
    }
    try {
      return ofPercent(Double.parseDouble(s.substring(0, s.length() - 1).strip()));
    } catch (NumberFormatException e) {
      throw new InequalityInputException("not a confidence level: \"" + text + "\" (expected a percentage such as 95%)");
    }
  }

  /**
   * The level as a fraction, such as 0.95.
   *
   * @return the fraction
   */
  public double value() {
    return value;
  }

  /**
   * The level as a percentage, such as 95.
   *
   * @return the percentage
   */
  public double percent() {
    return BigDecimal.valueOf(value).movePointRight(2).doubleValue();
  }

  /**
   * The two-sided standard normal critical value z = &Phi;<sup>-1</sup>(c + (1 - c)/2): 1.959963984540054 at 95%,
   * 3.090232306167813 at 99.8%, infinite at 100%.
   *
   * @return the critical value
   */
  public double criticalValue() {
    return NormalDistribution.twoSidedCriticalValue(value);
  }

  /**
   * The probability in each tail outside the limits, (1 - c)/2: 0.025 at 95%.
   *
   * @return the tail probability
   */
  public double tailProbability() {
    return (1 - value) / 2;
  }

  @Override
  public int compareTo(ConfidenceLevel other) {
    return Double.compare(value, other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ConfidenceLevel && Double.compare(((ConfidenceLevel) obj).value, value) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  /** Returns the level as a percentage with a percent sign, such as {@code "95%"}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
