package io.github.icsmodel.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The part of one local authority's area that lies in one integrated care board's area, in one edition of the
 * geography, measured in lower layer super output areas (LSOAs).
 *
 * <p>A share is a count of LSOAs, not of people: the ONS lookups the data come from carry no population. In
 * {@link Geography#JULY_2022} the counts are of 2011 LSOAs, the units NHS England's statutory list of ICB areas
 * uses to define the parts of a district split between ICBs; in {@link Geography#APRIL_2024} they are of 2021
 * LSOAs. The two implementations are {@link DistrictShare} (a lower-tier district) and {@link UpperTierShare} (a
 * county or single-tier authority).
 */
public interface LocalAuthorityShare extends Dated {

  /**
   * The edition of the geography.
   *
   * @return the edition
   */
  Geography edition();

  /**
   * The integrated care board.
   *
   * @return the ICB
   */
  ReferenceIcb icb();

  /**
   * The local authority area.
   *
   * @return the area
   */
  LocalAuthorityArea localAuthority();

  /**
   * The number of the local authority's LSOAs that are in the ICB's area.
   *
   * @return at least 1
   */
  int lsoasInIcb();

  /**
   * The number of LSOAs in the whole local authority area.
   *
   * @return at least {@link #lsoasInIcb()}
   */
  int lsoasInLocalAuthority();

  /**
   * Returns the share as a percentage of the local authority's LSOAs, rounded half up to one decimal place, as the
   * shipped files give it (the reader checks that they agree).
   *
   * @return the percentage, from 0.1 to 100.0
   */
  default BigDecimal percentInIcb() {
    return Shares.percent(lsoasInIcb(), lsoasInLocalAuthority());
  }

  /**
   * Returns whether the local authority's area is split between two or more ICBs, that is, whether this share is
   * less than the whole.
   *
   * @return true if {@code lsoasInIcb() < lsoasInLocalAuthority()}
   */
  default boolean isSplit() {
    return lsoasInIcb() < lsoasInLocalAuthority();
  }

  /**
   * Returns the first day of the share's edition.
   *
   * @return {@code edition().validFrom()}
   */
  @Override
  default LocalDate validFrom() {
    return edition().validFrom();
  }

  /**
   * Returns the last day of the share's edition, if known.
   *
   * @return {@code edition().validTo()}
   */
  @Override
  default Optional<LocalDate> validTo() {
    return edition().validTo();
  }
}
