package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.GssEntity;
import io.github.icsmodel.organisation.LocalAuthorityType;
import org.immutables.value.Value;

/**
 * The area of a local authority in England, named by its ONS GSS code: a county (E10), a non-metropolitan
 * district (E07), a unitary authority (E06), a metropolitan district (E08) or a London borough (E09). The City of
 * London (E09000001) and the Isles of Scilly (E06000053) have their own {@link LocalAuthorityType}s, because
 * section 103 of the Local Government and Public Involvement in Health Act 2007 names their councils separately.
 *
 * <p>A <em>district</em> is a lower-tier area: every part of England is in exactly one. An <em>upper-tier</em>
 * authority is a county, or a single-tier authority (unitary, metropolitan district, London borough, City of
 * London, Isles of Scilly), which is a district and an upper-tier authority at once. The upper-tier authorities
 * are exactly the responsible local authorities of s.103. Instances come from {@link EnglandReference}.
 */
@Value.Immutable
public abstract class LocalAuthorityArea implements WithLocalAuthorityArea {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalAuthorityArea} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableLocalAuthorityArea.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  LocalAuthorityArea() {}

  /**
   * The area's ONS GSS code.
   *
   * @return the code
   */
  public abstract GssCode code();

  /**
   * The area's name as ONS gives it, such as "Kingston upon Hull, City of".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The type of the area's council.
   *
   * @return the type
   */
  public abstract LocalAuthorityType type();

  /**
   * Returns whether the council is a responsible local authority under s.103 of the 2007 Act: true for every
   * upper-tier authority, false for a district in a county that has a county council.
   *
   * @return true for a responsible local authority
   */
  public final boolean isResponsibleLocalAuthority() {
    return type().isResponsibleLocalAuthority();
  }

  /**
   * Returns whether the area is a lower-tier district (every type except a county).
   *
   * @return true for a district, including single-tier authorities
   */
  public final boolean isDistrict() {
    return type() != LocalAuthorityType.COUNTY_COUNCIL;
  }

  /**
   * Returns whether the area is an upper-tier authority (every type except a non-metropolitan district).
   *
   * @return true for a county or a single-tier authority
   */
  public final boolean isUpperTier() {
    return type() != LocalAuthorityType.NON_METROPOLITAN_DISTRICT;
  }

  /** Returns the name and code, such as {@code Guildford (E07000209)}. */
  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("local authority " + code() + ": name must not be blank");
    }
    if (!code().is(entityOf(type())) || code().equals(CITY_OF_LONDON) != (type() == LocalAuthorityType.CITY_OF_LONDON)
        || code().equals(ISLES_OF_SCILLY) != (type() == LocalAuthorityType.ISLES_OF_SCILLY)) {
      throw new InvalidValueException("local authority " + name() + ": code " + code() + " cannot be a "
          + type() + " (E10 county, E07 non-metropolitan district, E06 unitary authority, E08 metropolitan"
          + " district, E09 London borough; E09000001 is the City of London, E06000053 the Isles of Scilly)");
    }
  }

  static final GssCode CITY_OF_LONDON = GssCode.of("E09000001");
  static final GssCode ISLES_OF_SCILLY = GssCode.of("E06000053");

  private static GssEntity entityOf(LocalAuthorityType type) {
    switch (type) {
      case COUNTY_COUNCIL:
        return GssEntity.COUNTY;
      case NON_METROPOLITAN_DISTRICT:
        return GssEntity.NON_METROPOLITAN_DISTRICT;
      case UNITARY_AUTHORITY:
      case ISLES_OF_SCILLY:
        return GssEntity.UNITARY_AUTHORITY;
      case METROPOLITAN_DISTRICT:
        return GssEntity.METROPOLITAN_DISTRICT;
      case LONDON_BOROUGH:
      case CITY_OF_LONDON:
        return GssEntity.LONDON_BOROUGH;
      default:
        throw new AssertionError(type);
    }
  }
}
