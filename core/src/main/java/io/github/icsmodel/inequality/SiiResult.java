package io.github.icsmodel.inequality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The slope index of inequality (SII) and relative index of inequality (RII) of one area, with their confidence
 * limits: one row of the output of PHEindicatormethods' {@code phe_sii}.
 *
 * <p>The SII is the modelled difference in the indicator between the least deprived and the most deprived ends of
 * the population (rank 1 minus rank 0), times the multiplier; the RII is the ratio of the modelled values at those
 * two ends. See {@link SlopeIndexOfInequality} for the method.
 */
@Value.Immutable
public abstract class SiiResult implements WithSiiResult {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SiiResult} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSiiResult.Builder {
    Builder() {}
  }

  /** Package-private: computed by {@link SlopeIndexOfInequality}. */
  SiiResult() {}

  /**
   * The area.
   *
   * @return the area
   */
  public abstract String area();

  /**
   * The slope index of inequality ({@code sii}), in the units of the indicator times the multiplier.
   *
   * @return the SII
   */
  public abstract double sii();

  /**
   * The relative index of inequality ({@code rii}): the modelled value at rank 1 over that at rank 0, inverted when
   * the multiplier is negative.
   *
   * @return the RII
   */
  public abstract double rii();

  /**
   * The fitted value at rank 0, the most deprived end ({@code intercept}). Without transformation it is the
   * regression intercept on the indicator's scale, not multiplied; with transformation it is the back-transformed
   * intercept times the absolute value of the multiplier, as the package reports it.
   *
   * @return the intercept
   */
  public abstract double intercept();

  /**
   * The confidence limits, one per level in the order of {@link SiiOptions#confidenceLevels()}.
   *
   * @return the intervals
   */
  public abstract List<SiiInterval> intervals();

  /**
   * The reliability statistic per level, if {@link SiiOptions#reliabilityStatistic()} was set; otherwise empty.
   *
   * @return the reliability statistics
   */
  public abstract List<SiiReliability> reliability();

  /**
   * The limits at one level.
   *
   * @param confidence the level
   * @return the limits, or empty if that level was not asked for
   */
  public final Optional<SiiInterval> interval(ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    return intervals().stream().filter(i -> i.confidence().equals(confidence)).findFirst();
  }
}
