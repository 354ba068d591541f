package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The options of {@link SlopeIndexOfInequality}: the arguments of PHEindicatormethods' {@code phe_sii} other than
 * the data. Every option has the package's default.
 *
 * <p>Build with {@code SiiOptions.builder().valueType(SiiValueType.RATE).transform(true).seed(42).build()}, or take
 * {@link #defaults()}.
 */
@Value.Immutable
public abstract class SiiOptions implements WithSiiOptions {
  /** The package's default number of Monte Carlo repetitions. */
  public static final int DEFAULT_REPETITIONS = 100_000;
  /** The fewest repetitions the package allows. */
  public static final int MINIMUM_REPETITIONS = 1000;
  /**
   * The most repetitions allowed: {@value}, a hundred times the default. The simulation keeps one {@code double}
   * per repetition (80 MB at this limit), and the reliability statistic ten times the repetitions, so that more
   * would risk running out of memory (and of {@code int} arithmetic) for no useful gain in precision.
   */
  public static final int MAXIMUM_REPETITIONS = 10_000_000;
  /** The number of simulation blocks drawn for the reliability statistic. */
  static final int RELIABILITY_BLOCKS = 10;

  /** Package-private: build through {@link #builder()}. */
  SiiOptions() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SiiOptions} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSiiOptions.Builder {
    Builder() {}
  }

  /**
   * Returns the package's defaults: an indicator of type {@link SiiValueType#OTHER}, no transformation, multiplier
   * 1, 100,000 repetitions at 95%, no reliability statistic, an unseeded simulation.
   *
   * @return the default options
   */
  public static SiiOptions defaults() {
    return builder().build();
  }

  /**
   * The kind of indicator ({@code value_type}). Default {@link SiiValueType#OTHER}.
   *
   * @return the value type
   */
  @Value.Default
  public SiiValueType valueType() {
    return SiiValueType.OTHER;
  }

  /**
   * Whether to fit the line to the log of rates or the logit of proportions and transform the results back
   * ({@code transform}), which the package recommends for rates and proportions because it makes the relation with
   * the quantile more nearly linear. Needs a {@link #valueType()} of RATE or PROPORTION, and confidence limits
   * rather than standard errors on every row. Default false.
   *
   * @return whether to transform
   */
  @Value.Default
  public boolean transform() {
    return false;
  }

  /**
   * The factor the SII and its limits are multiplied by ({@code multiplier}): 100 gives a proportion's SII in
   * percentage points. A negative multiplier reverses the polarity: the SII changes sign and the RII is inverted.
   * Default 1.
   *
   * @return the multiplier, finite and not zero
   */
  @Value.Default
  public double multiplier() {
    return 1;
  }

  /**
   * The number of Monte Carlo repetitions ({@code repetitions}), at least 1000. Default 100,000.
   *
   * @return the repetitions
   */
  @Value.Default
  public int repetitions() {
    return DEFAULT_REPETITIONS;
  }

  /**
   * The confidence levels of the limits ({@code confidence}), at least one and none twice. Default 95%.
   *
   * @return the levels, in the order the results list them
   */
  @Value.Default
  public List<ConfidenceLevel> confidenceLevels() {
    return ImmutableList.of(ConfidenceLevel.PERCENT_95);
  }

  /**
   * Whether to repeat the simulation ten times and report, for each level, the mean absolute difference of the
   * limits of runs 2 to 10 from those of run 1 ({@code reliability_stat}); the limits reported are run 1's. It
   * multiplies the run time by ten. Default false.
   *
   * @return whether to compute the reliability statistic
   */
  @Value.Default
  public boolean reliabilityStatistic() {
    return false;
  }

  /**
   * How the limits are computed. Default {@link SiiIntervalMethod#SIMULATION}, as the package does.
   *
   * @return the method
   */
  @Value.Default
  public SiiIntervalMethod intervalMethod() {
    return SiiIntervalMethod.SIMULATION;
  }

  /**
   * The seed of the simulation. With a seed, the same input and options give the same limits on the same Java
   * version, however many threads run it; without one, each call draws afresh.
   *
   * @return the seed, or empty for an unseeded simulation
   */
  public abstract OptionalLong seed();

  /**
   * Whether areas may be simulated in parallel on the common fork-join pool. The results do not depend on it.
   * Default true.
   *
   * @return whether to run in parallel
   */
  @Value.Default
  public boolean parallel() {
    return true;
  }

  /**
   * The 1-based position in the ascending simulated values of the lower limit at a level: R(1 - c'), rounded half
   * to even as R's {@code round} does, where c' = c + (1 - c)/2.
   */
  int lowerPosition(ConfidenceLevel level) {
    double upperProbability = level.value() + (1 - level.value()) / 2;
    return (int) Math.rint(repetitions() * (1 - upperProbability));
  }

  /** The 1-based position of the upper limit: R c', rounded half to even. */
  int upperPosition(ConfidenceLevel level) {
    double upperProbability = level.value() + (1 - level.value()) / 2;
    return (int) Math.rint(repetitions() * upperProbability);
  }

  /** Whether the simulated coefficients are exactly normal: no back-transformation inside the simulation. */
  boolean isLinear() {
    return transform() || valueType() == SiiValueType.OTHER;
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(multiplier()) || multiplier() == 0) {
      throw new InequalityInputException("the multiplier must be a finite number other than zero, not "
          + multiplier());
    }
    if (repetitions() < MINIMUM_REPETITIONS) {
      throw new InequalityInputException(
          "number of repetitions must be 1000 or greater. Default is 100,000 (not " + repetitions() + ")");
    }
    if (repetitions() > MAXIMUM_REPETITIONS) {
      throw new InequalityInputException("number of repetitions must be at most 10,000,000 (not " + repetitions()
          + "): more take over 80 MB per area for no useful gain in precision");
    }
    if (transform() && valueType() == SiiValueType.OTHER) {
      throw new InequalityInputException("value_type should be 1 or 2 when transform is true: a transformation"
          + " needs a value type of RATE or PROPORTION");
    }
    if (confidenceLevels().isEmpty()) {
      throw new InequalityInputException("at least one confidence level is needed");
    }
    Set<ConfidenceLevel> seen = new HashSet<>();
    for (ConfidenceLevel level : confidenceLevels()) {
      if (!seen.add(level)) {
        throw new InequalityInputException("confidence level " + level + " is given twice");
      }
      if (intervalMethod() == SiiIntervalMethod.SIMULATION
          && (lowerPosition(level) < 1 || upperPosition(level) > repetitions())) {
        throw new InequalityInputException("a confidence level of " + level + " with " + repetitions()
            + " repetitions leaves no simulated value outside the limits: use more repetitions");
      }
    }
    if (intervalMethod() == SiiIntervalMethod.NORMAL) {
      if (!isLinear()) {
        throw new InequalityInputException("exact normal limits exist only where the simulated slope is normal:"
            + " for value type OTHER, or for rates and proportions with transform; use SIMULATION");
      }
      if (reliabilityStatistic()) {
        throw new InequalityInputException("the reliability statistic measures simulation noise, which the"
            + " NORMAL interval method does not have");
      }
    }
  }
}
