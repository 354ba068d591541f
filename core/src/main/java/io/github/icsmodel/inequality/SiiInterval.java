package io.github.icsmodel.inequality;

import org.immutables.value.Value;

/**
 * The confidence limits of the slope and relative indices of inequality of one area at one confidence level:
 * PHEindicatormethods' {@code sii_lower95_0cl}, {@code sii_upper95_0cl}, {@code rii_lower95_0cl} and
 * {@code rii_upper95_0cl} columns.
 */
@Value.Immutable
public abstract class SiiInterval implements WithSiiInterval {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SiiInterval} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSiiInterval.Builder {
    Builder() {}
  }

  /** Package-private: the limits are computed by {@link SlopeIndexOfInequality}. */
  SiiInterval() {}

  static SiiInterval of(ConfidenceLevel confidence, double siiLower, double siiUpper, double riiLower,
      double riiUpper) {
    return SiiInterval.builder().confidence(confidence).siiLower(siiLower).siiUpper(siiUpper)
        .riiLower(riiLower).riiUpper(riiUpper).build();
  }

  /**
   * The confidence level.
   *
   * @return the level
   */
  public abstract ConfidenceLevel confidence();

  /**
   * The lower limit of the SII, in the units of the indicator times the multiplier.
   *
   * @return the limit
   */
  public abstract double siiLower();

  /**
   * The upper limit of the SII.
   *
   * @return the limit
   */
  public abstract double siiUpper();

  /**
   * The lower limit of the RII; NaN where the exact normal method cannot give one (see
   * {@link SlopeIndexOfInequality}).
   *
   * @return the limit
   */
  public abstract double riiLower();

  /**
   * The upper limit of the RII; NaN where the exact normal method cannot give one.
   *
   * @return the limit
   */
  public abstract double riiUpper();

  /**
   * The SII limits as an interval.
   *
   * @return the interval
   */
  public final ConfidenceInterval sii() {
    return ConfidenceInterval.of(confidence(), siiLower(), siiUpper());
  }

  /**
   * The RII limits as an interval.
   *
   * @return the interval
   */
  public final ConfidenceInterval rii() {
    return ConfidenceInterval.of(confidence(), riiLower(), riiUpper());
  }
}
