package io.github.icsmodel.inequality;

import org.immutables.value.Value;

/**
 * How much the simulated limits of one area vary between runs, at one confidence level: PHEindicatormethods'
 * {@code sii_mad95_0} and {@code rii_mad95_0}. The simulation is run ten times; each statistic is the mean of the
 * 18 absolute differences of the lower and upper limits of runs 2 to 10 from those of run 1. A value that is small
 * beside the width of the interval means the number of repetitions was enough.
 */
@Value.Immutable
public abstract class SiiReliability implements WithSiiReliability {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SiiReliability} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSiiReliability.Builder {
    Builder() {}
  }

  /** Package-private: computed by {@link SlopeIndexOfInequality}. */
  SiiReliability() {}

  static SiiReliability of(ConfidenceLevel confidence, double siiMad, double riiMad) {
    return SiiReliability.builder().confidence(confidence).siiMeanAbsoluteDifference(siiMad)
        .riiMeanAbsoluteDifference(riiMad).build();
  }

  /**
   * The confidence level.
   *
   * @return the level
   */
  public abstract ConfidenceLevel confidence();

  /**
   * The mean absolute difference of the SII limits from run 1's ({@code sii_mad}).
   *
   * @return the statistic
   */
  public abstract double siiMeanAbsoluteDifference();

  /**
   * The mean absolute difference of the RII limits from run 1's ({@code rii_mad}).
   *
   * @return the statistic
   */
  public abstract double riiMeanAbsoluteDifference();
}
