package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import io.github.icsmodel.inequality.distribution.StudentTDistribution;
import java.io.Serializable;
import java.util.Objects;

/**
 * The mean of a set of observations, such as the average score of the practices in an area, with confidence
 * limits from Student's t distribution, as PHEindicatormethods' {@code phe_mean} gives them: mean &plusmn;
 * t<sub>n-1</sub> s/&radic;n, where s is the sample standard deviation (denominator n - 1).
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Mean implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ImmutableDoubleArray values;
  private final double sum;
  private final double standardDeviation;

  private Mean(ImmutableDoubleArray values) {
    this.values = values;
    double total = 0;
    for (int i = 0; i < values.length(); i++) {
      total += values.get(i);
    }
    this.sum = total;
    int n = values.length();
    if (n < 2) {
      this.standardDeviation = Double.NaN;
    } else {
      double mean = total / n;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        double d = values.get(i) - mean;
        squares += d * d;
      }
      this.standardDeviation = Math.sqrt(squares / (n - 1));
    }
  }

  /**
   * Obtains the mean of some observations.
   *
   * @param values the observations, at least one, all finite
   * @return the mean
   * @throws InequalityInputException if there are no values or one is not finite
   */
  public static Mean of(double... values) {
    Objects.requireNonNull(values, "values");
    return of(ImmutableDoubleArray.copyOf(values));
  }

  /**
   * Obtains the mean of some observations.
   *
   * @param values the observations, at least one, all finite
   * @return the mean
   * @throws InequalityInputException if there are no values or one is not finite
   */
  public static Mean of(Iterable<Double> values) {
    Objects.requireNonNull(values, "values");
    ImmutableDoubleArray.Builder builder = ImmutableDoubleArray.builder();
    for (Double value : values) {
      builder.add(Objects.requireNonNull(value, "a value"));
    }
    return of(builder.build());
  }

  private static Mean of(ImmutableDoubleArray values) {
    if (values.isEmpty()) {
      throw new InequalityInputException("a mean needs at least one value");
    }
    for (int i = 0; i < values.length(); i++) {
      if (!Double.isFinite(values.get(i))) {
        throw new InequalityInputException("value " + (i + 1) + " is not a finite number: " + values.get(i));
      }
    }
    return new Mean(values.trimmed());
  }

  /**
   * The observations, in the order given.
   *
   * @return the values
   */
  public ImmutableDoubleArray values() {
    return values;
  }

  /**
   * The sum of the observations ({@code value_sum}).
   *
   * @return the sum
   */
  public double sum() {
    return sum;
  }

  /**
   * The number of observations ({@code value_count}).
   *
   * @return the count
   */
  public int count() {
    return values.length();
  }

  /**
   * The sample standard deviation, with denominator n - 1 ({@code stdev}).
   *
   * @return the standard deviation; NaN for a single observation
   */
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * The mean, sum/n ({@code value}).
   *
   * @return the mean
   */
  public double value() {
    return sum / values.length();
  }

  /**
   * Returns the mean with Student's t confidence limits ({@code phe_mean}).
   *
   * @param levels the confidence levels, at least one, such as {@link ConfidenceLevel#PERCENT_95}
   * @return the value and limits
   * @throws InequalityInputException if there are fewer than two observations, or no level is given, or one is
   *     given twice
   */
  public Estimate withStudentTLimits(ConfidenceLevel... levels) {
    ImmutableList<ConfidenceLevel> checked = Checks.levels(levels);
    int n = values.length();
    if (n < 2) {
      throw new InequalityInputException("confidence limits of a mean need at least two values, not " + n);
    }
    double mean = value();
    double standardError = standardDeviation / Math.sqrt(n);
    ImmutableList.Builder<ConfidenceInterval> intervals = ImmutableList.builder();
    for (ConfidenceLevel level : checked) {
      double t = StudentTDistribution.upperQuantile(level.tailProbability(), n - 1);
      intervals.add(ConfidenceInterval.of(level, mean - t * standardError, mean + t * standardError));
    }
    return Estimate.of(mean, 1, "mean", IntervalMethod.STUDENT_T, intervals.build());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Mean && ((Mean) obj).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "mean of " + values.length() + " values: " + value();
  }
}
