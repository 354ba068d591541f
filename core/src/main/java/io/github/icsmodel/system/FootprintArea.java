package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A local authority area in a system's footprint, whole or in part. NHS England defines each ICB's area by whole
 * local authority districts and, for a district split between ICBs, by the lower layer super output areas in each.
 * For a part, the {@link #share()} gives the percentage of the district in this ICB's area.
 */
@Value.Immutable
public abstract class FootprintArea implements WithFootprintArea {

  FootprintArea() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FootprintArea} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableFootprintArea.Builder {
    Builder() {}
  }

  /**
   * Returns the whole area of a local authority.
   *
   * @param localAuthority the local authority's organisation id
   * @return the area
   */
  public static FootprintArea whole(LocalId localAuthority) {
    return builder().localAuthority(localAuthority).build();
  }

  /**
   * Returns part of the area of a local authority.
   *
   * @param localAuthority the local authority's organisation id
   * @param share the percentage of the area in the footprint, above 0 and below 100
   * @return the area
   */
  public static FootprintArea part(LocalId localAuthority, BigDecimal share) {
    return builder().localAuthority(localAuthority).share(share).build();
  }

  /**
   * The local authority, by organisation id.
   *
   * @return the local authority
   */
  public abstract LocalId localAuthority();

  /**
   * For a part, the percentage of the local authority's area in the footprint; empty for the whole area.
   *
   * @return the share
   */
  public abstract Optional<BigDecimal> share();

  /**
   * Returns whether the whole area is in the footprint.
   *
   * @return true if whole
   */
  public final boolean isWhole() {
    return share().isEmpty();
  }

  @Value.Check
  void check() {
    if (share().isPresent()) {
      BigDecimal share = share().get();
      if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) >= 0) {
        throw new InvalidValueException(
            "footprint area " + localAuthority() + ": share must be above 0 and below 100 (a percentage), not "
                + share.toPlainString() + "; leave it out for the whole area");
      }
    }
  }
}
