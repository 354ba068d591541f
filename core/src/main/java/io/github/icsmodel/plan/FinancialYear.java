package io.github.icsmodel.plan;

import io.github.icsmodel.InvalidValueException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NHS financial year, 1 April to 31 March, written {@code 2024/25}.
 *
 * <p>Section 14Z52(8) of the NHS Act 2006 makes an ICB's first financial year run from its establishment to the
 * next 31 March; this type models the ordinary April-to-March year. Instances are immutable and value-based.
 */
public final class FinancialYear implements Comparable<FinancialYear>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("([0-9]{4})/([0-9]{2})");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Obtains a financial year from its text, such as {@code "2024/25"}.
   *
   * @param text the year
   * @return the financial year
   * @throws InvalidValueException if the text is not {@code yyyy/yy} with consecutive years
   */
  public static FinancialYear of(String text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = FORM.matcher(text);
    if (matcher.matches()) {
      int start = Integer.parseInt(matcher.group(1));
      int end = Integer.parseInt(matcher.group(2));
      if ((start + 1) % 100 == end && start >= 1000 && start <= 9998) {
        return new FinancialYear(start);
      }
    }
    throw new InvalidValueException(
        "not a financial year: \"" + text + "\" (expected the form 2024/25, two consecutive years, starting"
            + " between 1000 and 9998)");
  }

  /**
   * Obtains the financial year that starts on 1 April of the given year.
   *
   * @param startYear the calendar year in which it starts
   * @return the financial year
   */
  public static FinancialYear startingIn(int startYear) {
    if (startYear < 1000 || startYear > 9998) {
      throw new InvalidValueException("financial year out of range: " + startYear);
    }
    return new FinancialYear(startYear);
  }

  /**
   * Returns the financial year containing a date.
   *
   * @param date the date
   * @return the financial year
   */
  public static FinancialYear containing(LocalDate date) {
    return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Returns the first day, 1 April.
   *
   * @return the start date
   */
  public LocalDate start() {
    return LocalDate.of(startYear, 4, 1);
  }

  /**
   * Returns the last day, 31 March of the following year.
   *
   * @return the end date
   */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  /**
   * Returns the calendar year in which this financial year starts.
   *
   * @return the start year
   */
  public int startYear() {
    return startYear;
  }

  /**
   * Returns the financial year a number of years later.
   *
   * @param years years to add, may be negative
   * @return the later year
   */
  public FinancialYear plusYears(int years) {
    return startingIn(startYear + years);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FinancialYear && ((FinancialYear) obj).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** Returns the year in the form {@code 2024/25}, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
  }
}
