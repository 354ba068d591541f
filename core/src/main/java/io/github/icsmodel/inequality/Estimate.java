package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator value with its confidence limits at one or more levels, as the PHEindicatormethods functions
 * {@code phe_proportion}, {@code phe_rate}, {@code phe_mean} and {@code calculate_dsr} return it: the value and
 * the limits already multiplied by the indicator's multiplier (100 for a percentage, 100,000 for a rate per
 * 100,000 and so on).
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Estimate implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double value;
  private final double multiplier;
  private final String statistic;
  private final IntervalMethod method;
  private final ImmutableList<ConfidenceInterval> intervals;

  private Estimate(
      double value,
      double multiplier,
      String statistic,
      IntervalMethod method,
      ImmutableList<ConfidenceInterval> intervals) {
    this.value = value;
    this.multiplier = multiplier;
    this.statistic = statistic;
    this.method = method;
    this.intervals = intervals;
  }

  static Estimate of(
      double value, double multiplier, String statistic, IntervalMethod method, Iterable<ConfidenceInterval> intervals) {
    return new Estimate(value, multiplier, statistic, method, ImmutableList.copyOf(intervals));
  }

  /**
   * The indicator value, multiplied by {@link #multiplier()}.
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * The multiplier applied to the value and its limits: 1 for a proportion of 1, 100 for a percentage, 100,000 for
   * a rate per 100,000.
   *
   * @return the multiplier
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * What the value is, as the package's {@code statistic} column says it: {@code "percentage"},
   * {@code "proportion of 1"}, {@code "rate per 100000"}, {@code "mean"}, {@code "dsr per 100000"}.
   *
   * @return the description
   */
  public String statistic() {
    return statistic;
  }

  /**
   * How the limits were computed.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  /**
   * The confidence intervals, in the order the levels were asked for.
   *
   * @return the intervals
   */
  public ImmutableList<ConfidenceInterval> intervals() {
    return intervals;
  }

  /**
   * The confidence interval at one level.
   *
   * @param confidence the level
   * @return the interval, or empty if that level was not asked for
   */
  public Optional<ConfidenceInterval> interval(ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    return intervals.stream().filter(i -> i.confidence().equals(confidence)).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Estimate)) {
      return false;
    }
    Estimate other = (Estimate) obj;
    return Double.compare(value, other.value) == 0
        && Double.compare(multiplier, other.multiplier) == 0
        && statistic.equals(other.statistic)
        && method == other.method
        && intervals.equals(other.intervals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, multiplier, statistic, method, intervals);
  }

  @Override
  public String toString() {
    return value + " (" + statistic + ", " + method.description() + ") " + intervals;
  }
}
