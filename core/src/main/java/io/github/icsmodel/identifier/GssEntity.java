package io.github.icsmodel.identifier;

import java.util.Optional;

/**
 * The kind of area an ONS GSS code names, read from the first three characters of the code.
 *
 * <p>Only the entities this library uses are listed; {@link GssCode#entity()} is empty for any other prefix.
 */
public enum GssEntity {
  /** {@code E01}: a lower layer super output area (LSOA). */
  LOWER_LAYER_SUPER_OUTPUT_AREA("E01"),
  /** {@code E06}: a unitary authority. */
  UNITARY_AUTHORITY("E06"),
  /** {@code E07}: a non-metropolitan district (a district in a county that has a county council). */
  NON_METROPOLITAN_DISTRICT("E07"),
  /** {@code E08}: a metropolitan district. */
  METROPOLITAN_DISTRICT("E08"),
  /** {@code E09}: a London borough, or the City of London. */
  LONDON_BOROUGH("E09"),
  /** {@code E10}: a county. */
  COUNTY("E10"),
  /** {@code E38}: a sub-ICB location (formerly a clinical commissioning group). */
  SUB_ICB_LOCATION("E38"),
  /** {@code E40}: an NHS England region. */
  NHS_REGION("E40"),
  /** {@code E54}: an integrated care board. */
  INTEGRATED_CARE_BOARD("E54");

  private final String prefix;

  GssEntity(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Returns the three-character prefix, such as {@code "E54"}.
   *
   * @return the prefix
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns whether codes of this entity name a local authority area.
   *
   * @return true for unitary authorities, districts, London boroughs and counties
   */
  public boolean isLocalAuthority() {
    switch (this) {
      case UNITARY_AUTHORITY:
      case NON_METROPOLITAN_DISTRICT:
      case METROPOLITAN_DISTRICT:
      case LONDON_BOROUGH:
      case COUNTY:
        return true;
      default:
        return false;
    }
  }

  /**
   * Finds the entity for a prefix.
   *
   * @param prefix three characters, such as {@code "E38"}
   * @return the entity, or empty if this library does not know the prefix
   */
  public static Optional<GssEntity> ofPrefix(String prefix) {
    for (GssEntity entity : values()) {
      if (entity.prefix.equals(prefix)) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }
}
