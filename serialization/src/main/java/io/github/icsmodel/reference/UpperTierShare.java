package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import java.util.List;
import org.immutables.value.Value;

/**
 * The part of one upper-tier local authority's area (a county or a single-tier authority) that lies in one
 * integrated care board's area, in one edition. The council of an upper-tier authority is a responsible local
 * authority under s.103 of the Local Government and Public Involvement in Health Act 2007, and so a member of the
 * ICB's integrated care partnership (s.116ZA) if any part of its area is in the ICB's area.
 *
 * <p>For {@link Geography#JULY_2022} these are the rows of {@code icb_upper_tier_local_authorities.csv}; for
 * {@link Geography#APRIL_2024}, for which no such file is shipped, they are summed from the district shares, by
 * the same rule. Instances come from {@link EnglandReference}.
 */
@Value.Immutable
public abstract class UpperTierShare implements LocalAuthorityShare, WithUpperTierShare {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpperTierShare} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableUpperTierShare.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  UpperTierShare() {}

  @Override
  public abstract Geography edition();

  @Override
  public abstract ReferenceIcb icb();

  /**
   * The upper-tier authority.
   *
   * @return a county or a single-tier authority
   */
  public abstract LocalAuthorityArea upperTier();

  @Override
  public abstract int lsoasInIcb();

  /**
   * The number of LSOAs in the whole upper-tier area.
   *
   * @return at least {@link #lsoasInIcb()}
   */
  public abstract int lsoasInUpperTier();

  /**
   * The districts of the upper-tier area that are wholly or partly in the ICB's area: for a county, some or all of
   * its non-metropolitan districts; for a single-tier authority, the authority itself.
   *
   * @return at least one district
   */
  public abstract List<LocalAuthorityArea> districts();

  /**
   * Returns the upper-tier authority.
   *
   * @return {@link #upperTier()}
   */
  @Override
  public final LocalAuthorityArea localAuthority() {
    return upperTier();
  }

  /**
   * Returns the number of LSOAs in the whole upper-tier area.
   *
   * @return {@link #lsoasInUpperTier()}
   */
  @Override
  public final int lsoasInLocalAuthority() {
    return lsoasInUpperTier();
  }

  /** Returns the share in words, such as {@code Surrey (E10000030) in NHS Frimley Integrated Care Board (QNQ), ...}. */
  @Override
  public String toString() {
    return upperTier() + " in " + icb() + ", " + edition() + ": " + lsoasInIcb() + " of " + lsoasInUpperTier()
        + " LSOAs (" + percentInIcb() + "%)";
  }

  @Value.Check
  void check() {
    Shares.checkCounts(this);
    if (!upperTier().isUpperTier()) {
      throw new InvalidValueException(this + ": " + upperTier() + " is a " + upperTier().type()
          + ", not an upper-tier authority");
    }
    boolean singleTier = upperTier().isDistrict();
    if (districts().isEmpty() || districts().stream().distinct().count() != districts().size()
        || singleTier && !districts().equals(List.of(upperTier()))
        || !singleTier && districts().stream().anyMatch(d -> d.isUpperTier())) {
      throw new InvalidValueException(this + ": districts " + districts() + " must be distinct districts of "
          + upperTier() + ", or the authority itself if it is single-tier");
    }
  }
}
