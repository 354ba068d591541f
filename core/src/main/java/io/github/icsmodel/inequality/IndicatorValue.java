package io.github.icsmodel.inequality;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of an indicator: for a period, overall or for one group of a breakdown (such as deprivation quintile
 * 1, the most deprived), with its numerator, denominator and confidence limits where known.
 */
@Value.Immutable
public abstract class IndicatorValue implements WithIndicatorValue {

  IndicatorValue() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorValue} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIndicatorValue.Builder {
    Builder() {}
  }

  /**
   * The period the value is for, as published, such as "2024/25" or "2024 Q3".
   *
   * @return the period
   */
  public abstract String period();

  /**
   * The last day of the period, by which values are ordered and targets judged.
   *
   * @return the end of the period
   */
  public abstract LocalDate periodEnd();

  /**
   * The breakdown dimension; empty for the overall value.
   *
   * @return the dimension
   */
  public abstract Optional<BreakdownDimension> dimension();

  /**
   * The group within the dimension, such as "1" (most deprived quintile), "Black or Black British", "65-74" or
   * "female"; empty for the overall value.
   *
   * @return the group
   */
  public abstract Optional<String> group();

  /**
   * The value, in the indicator's units (after its multiplier).
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * The numerator (count of events or people), if known.
   *
   * @return the numerator
   */
  public abstract Optional<BigDecimal> numerator();

  /**
   * The denominator (population), if known.
   *
   * @return the denominator
   */
  public abstract Optional<BigDecimal> denominator();

  /**
   * The lower confidence limit, if known.
   *
   * @return the lower limit
   */
  public abstract Optional<BigDecimal> lowerLimit();

  /**
   * The upper confidence limit, if known.
   *
   * @return the upper limit
   */
  public abstract Optional<BigDecimal> upperLimit();

  @Value.Check
  void check() {
    if (Texts.isBlank(period())) {
      throw new InvalidValueException("indicator value: period must not be blank");
    }
    if (dimension().isPresent() != group().isPresent()) {
      throw new InvalidValueException(
          "indicator value for " + period() + ": a breakdown needs both a dimension and a group, an overall value"
              + " neither");
    }
    if (denominator().isPresent() && denominator().get().signum() < 0) {
      throw new InvalidValueException("indicator value for " + period() + ": denominator must not be negative");
    }
    if (lowerLimit().isPresent() && upperLimit().isPresent()
        && lowerLimit().get().compareTo(upperLimit().get()) > 0) {
      throw new InvalidValueException(
          "indicator value for " + period() + ": lowerLimit is above upperLimit");
    }
  }
}
