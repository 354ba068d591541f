package io.github.icsmodel.reference;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference record that says on which dates it describes England: from {@link #validFrom()} to
 * {@link #validTo()}, both inclusive.
 *
 * <p>An empty {@code validTo()} means that the shipped data know of no end date. It does not promise that the
 * record is still true: changes announced for later dates but not confirmed (such as ICB mergers expected on
 * 1 April 2027) are not in the data.
 */
public interface Dated {

  /**
   * Returns the first day on which this record describes England.
   *
   * @return the first day, inclusive
   */
  LocalDate validFrom();

  /**
   * Returns the last day on which this record describes England, if the data know of one.
   *
   * @return the last day, inclusive, or empty if no end date is known
   */
  Optional<LocalDate> validTo();

  /**
   * Returns whether this record describes England on the given day.
   *
   * @param date the day
   * @return true if {@code validFrom() <= date} and, if there is a {@code validTo()}, {@code date <= validTo()}
   * @throws NullPointerException if date is null
   */
  default boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(validFrom()) && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }
}
