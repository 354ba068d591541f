package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place-based partnership: a collaborative arrangement "formed by the organisations responsible for arranging
 * and delivering health and care services in a locality or community" (NHS England and LGA, Thriving places,
 * 2021). Place-based partnerships are not statutory bodies; a place is generally coterminous with a local
 * authority.
 */
@Value.Immutable
public abstract class PlaceBasedPartnership implements WithPlaceBasedPartnership {

  PlaceBasedPartnership() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlaceBasedPartnership} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePlaceBasedPartnership.Builder {
    Builder() {}
  }

  /**
   * The place's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The place's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The local authorities whose areas the place covers, by organisation id.
   *
   * @return the local authorities
   */
  public abstract Set<LocalId> localAuthorities();

  /**
   * The partner organisations, by id.
   *
   * @return the members
   */
  public abstract Set<LocalId> members();

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("place " + id() + ": name must not be blank");
    }
  }
}
