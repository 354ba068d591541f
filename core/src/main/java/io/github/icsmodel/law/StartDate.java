package io.github.icsmodel.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day from which a provision or a policy applies, with where that day comes from: the commencement of a
 * provision of law, or the publication of a guidance document (after its transition period, where it gives one).
 *
 * <p>Examples: sections 14Z32 to 14Z64 of the NHS Act 2006 apply from 1 July 2022 ("S.I. 2022/734 Schedule:
 * HCA 2022 s.25 in force 1 July 2022"); guidance published in August 2021, a month known without its day, applies
 * from 1 September 2021, the first day on which it had certainly been published. Instances are immutable and
 * value-based.
 */
public final class StartDate implements Comparable<StartDate> {
  private final LocalDate date;
  private final String source;

  private StartDate(LocalDate date, String source) {
    this.date = date;
    this.source = source;
  }

  /**
   * Obtains a start date.
   *
   * @param date the first day on which the provision or policy applies
   * @param source where the day comes from, such as "S.I. 2022/734 Schedule (HCA 2022 s.25)"
   * @return the start date
   * @throws io.github.icsmodel.InvalidValueException if the source is blank
   */
  public static StartDate of(LocalDate date, String source) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new io.github.icsmodel.InvalidValueException("the source of a start date must not be blank");
    }
    return new StartDate(date, source);
  }

  /**
   * The first day on which the provision or policy applies.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Where the day comes from: the commencement provision, or the publication and transition of the guidance.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns whether the provision or policy applies on a date: on or after the start date.
   *
   * @param on the date
   * @return true from the start date on
   */
  public boolean appliesOn(LocalDate on) {
    return !on.isBefore(date);
  }

  @Override
  public int compareTo(StartDate other) {
    int byDate = date.compareTo(other.date);
    return byDate != 0 ? byDate : source.compareTo(other.source);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StartDate
        && date.equals(((StartDate) obj).date)
        && source.equals(((StartDate) obj).source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, source);
  }

  /** Returns the date and its source, such as "2022-07-01 (S.I. 2022/734 Schedule)". */
  @Override
  public String toString() {
    return date + " (" + source + ")";
  }
}
