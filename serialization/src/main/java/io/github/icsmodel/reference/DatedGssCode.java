package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ONS GSS code together with the dates on which it named an area, both inclusive.
 *
 * <p>ONS gives an area a new code when its boundary changes, even if its name and ODS code stay the same: NHS
 * Surrey Heartlands ICB was E54000052 until 31 March 2023 and has been E54000063 since 1 April 2023. Either date
 * may be unknown: a former code whose first day is not in the sources has an empty {@link #validFrom()}.
 */
@Value.Immutable
public abstract class DatedGssCode implements WithDatedGssCode {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DatedGssCode} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDatedGssCode.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  DatedGssCode() {}

  static DatedGssCode of(GssCode code, Optional<LocalDate> validFrom, Optional<LocalDate> validTo) {
    return DatedGssCode.builder().code(code).validFrom(validFrom).validTo(validTo).build();
  }

  /**
   * The code.
   *
   * @return the GSS code
   */
  public abstract GssCode code();

  /**
   * The first day on which the code named the area, if known.
   *
   * @return the first day, inclusive, or empty if the sources do not say
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * The last day on which the code named the area, if it has been replaced.
   *
   * @return the last day, inclusive, or empty if the code is still in use as far as the data know
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * Returns whether the code named the area on the given day. An unknown first day counts as "since ever".
   *
   * @param date the day
   * @return true if the day is within the code's dates
   * @throws NullPointerException if date is null
   */
  public final boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /** Returns the code and its dates, such as {@code E54000052 (2022-07-01 to 2023-03-31)}. */
  @Override
  public String toString() {
    return code() + " (" + validFrom().map(LocalDate::toString).orElse("?") + " to "
        + validTo().map(LocalDate::toString).orElse("") + ")";
  }

  @Value.Check
  void check() {
    if (validFrom().isPresent() && validTo().isPresent() && validTo().get().isBefore(validFrom().get())) {
      throw new InvalidValueException(
          "ONS code " + code() + ": validTo " + validTo().get() + " is before validFrom " + validFrom().get());
    }
  }
}
