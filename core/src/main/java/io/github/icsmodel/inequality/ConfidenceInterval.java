package io.github.icsmodel.inequality;

import java.io.Serializable;
import java.util.Objects;

/**
 * The lower and upper confidence limits of an indicator value at one confidence level.
 *
 * <p>A limit is {@code NaN} where the method cannot give one, as PHEindicatormethods returns {@code NA}: Byar's
 * lower limit for a very small count at a very high level, where its formula goes negative. Instances are
 * immutable, thread-safe and value-based.
 */
public final class ConfidenceInterval implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ConfidenceLevel confidence;
  private final double lower;
  private final double upper;

  private ConfidenceInterval(ConfidenceLevel confidence, double lower, double upper) {
    this.confidence = confidence;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Obtains an interval.
   *
   * @param confidence the confidence level
   * @param lower the lower limit, or NaN if there is none
   * @param upper the upper limit, or NaN if there is none
   * @return the interval
   * @throws InequalityInputException if both limits are numbers and lower exceeds upper
   * @throws NullPointerException if confidence is null
   */
  public static ConfidenceInterval of(ConfidenceLevel confidence, double lower, double upper) {
    Objects.requireNonNull(confidence, "confidence");
    if (lower > upper) {
      throw new InequalityInputException(
          "the lower limit " + lower + " exceeds the upper limit " + upper + " of a " + confidence + " interval");
    }
    return new ConfidenceInterval(confidence, lower, upper);
  }

  /**
   * The confidence level.
   *
   * @return the level
   */
  public ConfidenceLevel confidence() {
    return confidence;
  }

  /**
   * The lower confidence limit.
   *
   * @return the limit, NaN if the method gives none
   */
  public double lower() {
    return lower;
  }

  /**
   * The upper confidence limit.
   *
   * @return the limit, NaN if the method gives none
   */
  public double upper() {
    return upper;
  }

  /**
   * Returns whether the two intervals share at least one value. This is the test Fingertips uses to call two values
   * "similar" when it compares them by their confidence intervals.
   *
   * @param other the other interval
   * @return true if the intervals overlap or touch; false if either has a missing limit that would decide it
   */
  public boolean overlaps(ConfidenceInterval other) {
    return lower <= other.upper && other.lower <= upper;
  }

  /**
   * Returns whether a value lies within the limits, inclusive.
   *
   * @param value the value
   * @return true if lower &le; value &le; upper
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ConfidenceInterval)) {
      return false;
    }
    ConfidenceInterval other = (ConfidenceInterval) obj;
    return confidence.equals(other.confidence)
        && Double.compare(lower, other.lower) == 0
        && Double.compare(upper, other.upper) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(confidence, lower, upper);
  }

  @Override
  public String toString() {
    return confidence + " CI [" + lower + ", " + upper + "]";
  }
}
