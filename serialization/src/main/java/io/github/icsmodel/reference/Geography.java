package io.github.icsmodel.reference;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An edition of the ONS geography of integrated care boards that this library ships, and the dates for which it
 * describes England.
 *
 * <p>ONS publishes its NHS and local-government geographies in dated editions ("July 2022", "April 2024",
 * "April 2026"). The first two editions shipped differ in three ways: on 1 April 2023 the Integrated Care Boards (Establishment)
 * (Variation) Order 2023 moved four LSOAs of Chichester from NHS Surrey Heartlands ICB to NHS Sussex ICB, and ONS
 * re-coded those two ICBs (E54000052 to E54000063 and E54000053 to E54000064, ODS codes unchanged); on the same day
 * Cumbria, North Yorkshire and Somerset were reorganised into unitary authorities; and the LSOA counts behind the
 * shares are of 2011 LSOAs in the first edition and of 2021 LSOAs in the second. The third, from 1 April 2026,
 * is the geography of the 36 ICBs that followed the mergers of that date.
 */
public enum Geography implements Dated {

  /**
   * The ICBs as established on 1 July 2022, with the local authority districts of July 2022 and the upper-tier
   * authorities of April 2021; valid from 1 July 2022 to 31 March 2023. Derived from the ONS lookups
   * {@code LSOA11_LOC22_ICB22_LAD22_EN_LU}, {@code LOC22_ICB22_NHSER22_EN_LU} and {@code LTLA21_UTLA21_EW_LU};
   * shares are counts of 2011 LSOAs, which is how NHS England's statutory list of ICB areas defines the parts of
   * districts split between ICBs.
   */
  JULY_2022(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 3, 31)),

  /**
   * The ICBs, sub-ICB locations and local authority districts of the April 2024 ONS lookups, taken to be valid
   * from 1 April 2023 (when the last ICB boundary change and local-government reorganisation found in the sources
   * took effect), to 31 March 2026, the last day of the 42 ICBs. Derived from
   * {@code LSOA21_SICBL24_ICB24_CAL24_LAD24_EN_LU}, {@code LSOA21_WD24_LAD24_EW_LU} and
   * {@code LTLA23_UTLA23_EW_LU}; shares are counts of 2021 LSOAs, which ONS assigns to ICBs on a best-fit basis.
   */
  APRIL_2024(LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31)),

  /**
   * The 36 ICBs from 1 April 2026, after twelve ICBs were abolished, six established and the area of NHS Hampshire
   * and Isle of Wight ICB changed, with no known end date. The ICBs, sub-ICB locations and regions come from the
   * ONS lookup {@code SICBL26_ICB26_NHSER26_EN_LU}. No April 2026 lookup by local authority is shipped: each ICB's
   * districts are derived from the April 2024 shares and the {@linkplain EnglandReference#successions()
   * successions} (the sub-ICB locations each ICB is made of), and the three-way split of Frimley's area, allocated
   * by county, is marked {@linkplain DistrictShare#derived() derived}. Further mergers planned for 1 April 2027 are
   * not confirmed and are not in the data.
   */
  APRIL_2026(LocalDate.of(2026, 4, 1), null);

  private final LocalDate validFrom;
  private final LocalDate validTo;

  Geography(LocalDate validFrom, LocalDate validTo) {
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  /**
   * Returns the first day this edition describes.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate validFrom() {
    return validFrom;
  }

  /**
   * Returns the last day this edition describes, if a later edition replaces it.
   *
   * @return the last day, inclusive; empty for the latest edition
   */
  @Override
  public Optional<LocalDate> validTo() {
    return Optional.ofNullable(validTo);
  }

  /**
   * Finds the edition that describes England on a given day.
   *
   * @param date the day
   * @return the edition, or empty for a day before 1 July 2022, when ICBs did not yet exist
   * @throws NullPointerException if date is null
   */
  public static Optional<Geography> on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (Geography edition : values()) {
      if (edition.isValidOn(date)) {
        return Optional.of(edition);
      }
    }
    return Optional.empty();
  }
}
