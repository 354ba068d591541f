package io.github.icsmodel.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The default as-of date: today in England (the Europe/London time zone), whatever the machine's time zone, so
 * that a runner in UTC-12, or in UTC between midnight and 01:00 BST, validates as of England's date.
 */
final class Today {
  /** England's time zone. */
  static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private Today() {}

  /** Today's date in England. */
  static LocalDate inEngland() {
    return LocalDate.now(Clock.system(ENGLAND));
  }

  /** The date given, or today in England if none was. */
  static LocalDate orToday(LocalDate asOf) {
    return asOf == null ? inEngland() : asOf;
  }
}
