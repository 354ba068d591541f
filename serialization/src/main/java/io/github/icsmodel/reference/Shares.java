package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rules shared by the two kinds of {@link LocalAuthorityShare}. */
final class Shares {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Shares() {}

  /**
   * Returns {@code 100 * part / whole}, rounded half up to one decimal place, as the shipped files give it.
   */
  static BigDecimal percent(int part, int whole) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** Checks that the counts are possible. */
  static void checkCounts(LocalAuthorityShare share) {
    int part = share.lsoasInIcb();
    int whole = share.lsoasInLocalAuthority();
    if (part < 1 || part > whole) {
      throw new InvalidValueException(share.localAuthority() + " in " + share.icb() + ", " + share.edition()
          + ": " + part + " of " + whole + " LSOAs is not a possible share (need 1 <= part <= whole)");
    }
  }
}
