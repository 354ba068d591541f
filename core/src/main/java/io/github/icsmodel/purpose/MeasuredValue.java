package io.github.icsmodel.purpose;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A value of an indicator at a date: a baseline as measured, or a target to reach by a date. */
@Value.Immutable
public abstract class MeasuredValue implements WithMeasuredValue {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MeasuredValue} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableMeasuredValue.Builder {
    Builder() {}
  }

  MeasuredValue() {}

  /**
   * Returns a value at a date.
   *
   * @param value the value
   * @param date the date it was measured, or the date by which it is to be reached
   * @return the measured value
   */
  public static MeasuredValue of(BigDecimal value, LocalDate date) {
    return MeasuredValue.builder().value(value).date(date).build();
  }

  /**
   * The value, in the indicator's units.
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * The date.
   *
   * @return the date
   */
  public abstract LocalDate date();
}
