package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.organisation.LocalAuthorityType;
import org.immutables.value.Value;

/**
 * The part of one lower-tier local authority district that lies in one integrated care board's area, in one
 * edition: one row of {@code icb_local_authorities.csv} or {@code icb_local_authorities_2024.csv}.
 *
 * <p>A district wholly in one ICB has one share of 100%; a district split between ICBs has one share in each, and
 * its shares add up to the whole district. For example, in {@link Geography#JULY_2022} Guildford (E07000209) has
 * 71 of its 84 LSOAs in NHS Surrey Heartlands ICB and 13 in NHS Frimley ICB. Instances come from
 * {@link EnglandReference}.
 */
@Value.Immutable
public abstract class DistrictShare implements LocalAuthorityShare, WithDistrictShare {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DistrictShare} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDistrictShare.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  DistrictShare() {}

  @Override
  public abstract Geography edition();

  @Override
  public abstract ReferenceIcb icb();

  /**
   * The district: a non-metropolitan district or a single-tier authority.
   *
   * @return the district
   */
  public abstract LocalAuthorityArea district();

  /**
   * The district's upper-tier authority: its county, or for a single-tier authority the district itself.
   *
   * @return the upper-tier authority
   */
  public abstract LocalAuthorityArea upperTier();

  @Override
  public abstract int lsoasInIcb();

  /**
   * The number of LSOAs in the whole district.
   *
   * @return at least {@link #lsoasInIcb()}
   */
  public abstract int lsoasInDistrict();

  /**
   * Whether this share is a derivation of this library rather than a figure of a published lookup: true for the
   * April 2026 shares that include part of NHS Frimley ICB's area, whose three-way split on 1 April 2026 is
   * allocated by county (see {@link Geography#APRIL_2026}); false for every share of the July 2022 and April 2024
   * editions.
   *
   * @return true if derived
   */
  @Value.Default
  public boolean derived() {
    return false;
  }

  /**
   * Returns the district.
   *
   * @return {@link #district()}
   */
  @Override
  public final LocalAuthorityArea localAuthority() {
    return district();
  }

  /**
   * Returns the number of LSOAs in the whole district.
   *
   * @return {@link #lsoasInDistrict()}
   */
  @Override
  public final int lsoasInLocalAuthority() {
    return lsoasInDistrict();
  }

  /**
   * Returns the share in words, such as {@code Guildford (E07000209) in NHS Frimley Integrated Care Board (QNQ),
   * JULY_2022: 13 of 84 LSOAs (15.5%)}.
   */
  @Override
  public String toString() {
    return district() + " in " + icb() + ", " + edition() + ": " + lsoasInIcb() + " of " + lsoasInDistrict()
        + " LSOAs (" + percentInIcb() + "%)" + (derived() ? ", derived" : "");
  }

  @Value.Check
  void check() {
    Shares.checkCounts(this);
    boolean twoTier = district().type() == LocalAuthorityType.NON_METROPOLITAN_DISTRICT;
    if (!district().isDistrict() || !upperTier().isUpperTier()
        || twoTier != (upperTier().type() == LocalAuthorityType.COUNTY_COUNCIL)
        || !twoTier && !upperTier().equals(district())) {
      throw new InvalidValueException(this + ": upper tier " + upperTier() + " (" + upperTier().type()
          + ") cannot be the upper tier of " + district() + " (" + district().type() + ")");
    }
  }
}
