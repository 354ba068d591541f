package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The integrated care board or boards whose areas include a local authority's area, in one edition, with the share
 * of the local authority in each. Most local authorities lie wholly in one ICB; some are split, such as East
 * Suffolk, half in NHS Norfolk and Waveney ICB and half in NHS Suffolk and North East Essex ICB.
 *
 * <p>For a district the shares are {@link DistrictShare}s, for a county {@link UpperTierShare}s; a single-tier
 * authority is both, and its shares are the {@link DistrictShare}s. Instances come from
 * {@link EnglandReference#findCoverage(io.github.icsmodel.identifier.GssCode, Geography)}.
 */
@Value.Immutable
public abstract class LocalAuthorityCoverage implements Dated, WithLocalAuthorityCoverage {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalAuthorityCoverage} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableLocalAuthorityCoverage.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  LocalAuthorityCoverage() {}

  /**
   * The edition of the geography.
   *
   * @return the edition
   */
  public abstract Geography edition();

  /**
   * The local authority area.
   *
   * @return the area
   */
  public abstract LocalAuthorityArea localAuthority();

  /**
   * The local authority's share in each ICB, largest first.
   *
   * @return at least one share; together they make up the whole local authority
   */
  public abstract List<LocalAuthorityShare> shares();

  /**
   * Returns the ICBs whose areas include part or all of the local authority's area, largest share first.
   *
   * @return at least one ICB
   */
  public final List<ReferenceIcb> icbs() {
    return shares().stream().map(LocalAuthorityShare::icb).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the local authority's area is split between two or more ICBs.
   *
   * @return true if there is more than one share
   */
  public final boolean isSplit() {
    return shares().size() > 1;
  }

  /**
   * Returns the number of LSOAs in the whole local authority area.
   *
   * @return the number of LSOAs
   */
  public final int lsoas() {
    return shares().get(0).lsoasInLocalAuthority();
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

  /** Returns a summary, such as {@code East Suffolk (E07000244), JULY_2022: in 2 ICBs}. */
  @Override
  public String toString() {
    return localAuthority() + ", " + edition() + ": in " + shares().size() + (isSplit() ? " ICBs" : " ICB");
  }

  @Value.Check
  void check() {
    if (shares().isEmpty()) {
      throw new InvalidValueException(localAuthority() + ", " + edition() + ": needs at least one share");
    }
    for (LocalAuthorityShare share : shares()) {
      if (!share.localAuthority().equals(localAuthority()) || share.edition() != edition()
          || share.lsoasInLocalAuthority() != lsoas() || share.getClass() != shares().get(0).getClass()) {
        throw new InvalidValueException(localAuthority() + ", " + edition() + ": share " + share
            + " is of another local authority, edition, size or tier");
      }
    }
    if (icbs().stream().distinct().count() != icbs().size()) {
      throw new InvalidValueException(localAuthority() + ", " + edition() + ": an ICB appears twice in " + icbs());
    }
    int sum = shares().stream().mapToInt(LocalAuthorityShare::lsoasInIcb).sum();
    if (sum != lsoas()) {
      throw new InvalidValueException(localAuthority() + ", " + edition() + ": the shares add up to " + sum
          + " LSOAs, not the whole " + lsoas());
    }
  }
}
