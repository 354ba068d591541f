package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An integrated care board's area in one edition of the geography, described by local authority: the districts it
 * covers wholly or partly, the upper-tier authorities it covers wholly or partly, and the responsible local
 * authorities that follow from them.
 *
 * <p>The responsible local authorities matter because section 116ZA of the Local Government and Public
 * Involvement in Health Act 2007 requires the ICB and each responsible local authority whose area coincides with
 * or includes the whole or any part of the ICB's area to establish the integrated care partnership. Instances come
 * from {@link EnglandReference#footprint(ReferenceIcb, Geography)}.
 */
@Value.Immutable
public abstract class IcbFootprint implements Dated, WithIcbFootprint {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IcbFootprint} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIcbFootprint.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  IcbFootprint() {}

  /**
   * The integrated care board.
   *
   * @return the ICB
   */
  public abstract ReferenceIcb icb();

  /**
   * The edition of the geography.
   *
   * @return the edition
   */
  public abstract Geography edition();

  /**
   * The lower-tier districts wholly or partly in the ICB's area, in the order of their GSS codes.
   *
   * @return at least one share
   */
  public abstract List<DistrictShare> districts();

  /**
   * The upper-tier authorities wholly or partly in the ICB's area, in the order of their GSS codes.
   *
   * @return at least one share
   */
  public abstract List<UpperTierShare> upperTierAuthorities();

  /**
   * Returns the responsible local authorities of the ICB's area under s.103 of the 2007 Act: every county council,
   * unitary authority, metropolitan district, London borough, the City of London and the Isles of Scilly whose area
   * is wholly or partly in the ICB's area, however small the part. A district in a county with a county council is
   * not responsible; its county is.
   *
   * @return the upper-tier authorities, in the order of their GSS codes
   */
  public final List<LocalAuthorityArea> responsibleLocalAuthorities() {
    return upperTierAuthorities().stream()
        .map(UpperTierShare::upperTier)
        .filter(LocalAuthorityArea::isResponsibleLocalAuthority)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of LSOAs in the ICB's area.
   *
   * @return the sum of the district shares
   */
  public final int lsoas() {
    return districts().stream().mapToInt(DistrictShare::lsoasInIcb).sum();
  }

  /**
   * Returns whether any part of a local authority's area (a district or an upper-tier authority) is in the ICB's
   * area.
   *
   * @param localAuthority the local authority
   * @return true if it appears among the districts or the upper-tier authorities
   * @throws NullPointerException if localAuthority is null
   */
  public final boolean includes(LocalAuthorityArea localAuthority) {
    Objects.requireNonNull(localAuthority, "localAuthority");
    return Stream.concat(districts().stream(), upperTierAuthorities().stream())
        .anyMatch(share -> share.localAuthority().equals(localAuthority));
  }

  /**
   * Returns the first day of the edition.
   *
   * @return {@code edition().validFrom()}
   */
  @Override
  public final LocalDate validFrom() {
    return edition().validFrom();
  }

  /**
   * Returns the last day of the edition, if known.
   *
   * @return {@code edition().validTo()}
   */
  @Override
  public final Optional<LocalDate> validTo() {
    return edition().validTo();
  }

  /** Returns a summary, such as {@code NHS Sussex Integrated Care Board (QNX), APRIL_2024: 13 districts, 3 upper-tier}. */
  @Override
  public String toString() {
    return icb() + ", " + edition() + ": " + districts().size() + " districts, " + upperTierAuthorities().size()
        + " upper-tier";
  }

  @Value.Check
  void check() {
    if (districts().isEmpty() || upperTierAuthorities().isEmpty()) {
      throw new InvalidValueException(icb() + ", " + edition() + ": a footprint needs districts and upper tiers");
    }
    boolean foreign = Stream.concat(districts().stream(), upperTierAuthorities().stream())
        .anyMatch(share -> !share.icb().equals(icb()) || share.edition() != edition());
    if (foreign) {
      throw new InvalidValueException(icb() + ", " + edition() + ": every share must be of this ICB and edition");
    }
    int upperLsoas = upperTierAuthorities().stream().mapToInt(UpperTierShare::lsoasInIcb).sum();
    if (upperLsoas != lsoas()) {
      throw new InvalidValueException(icb() + ", " + edition() + ": upper-tier shares count " + upperLsoas
          + " LSOAs but district shares " + lsoas());
    }
  }
}
