package io.github.icsmodel.organisation;

/**
 * The type of a local authority in England, which decides whether it is a <em>responsible local authority</em>.
 *
 * <p>Section 103 of the Local Government and Public Involvement in Health Act 2007 (as read from an older
 * version; whether it has since been amended is unconfirmed) defines a responsible local authority as: (a) a
 * county council in England; (b) a district council in England, other than a council for a district in a county
 * for which there is a county council; (c) a London borough council; (d) the Council of the Isles of Scilly;
 * (e) the Common Council of the City of London in its capacity as a local authority.
 */
public enum LocalAuthorityType {
  /** A county council (s.103(a)). */
  COUNTY_COUNCIL(true),
  /** A district council for a district in a county that has a county council: not responsible. */
  NON_METROPOLITAN_DISTRICT(false),
  /** A unitary authority: a district council with no county council above it (s.103(b)). */
  UNITARY_AUTHORITY(true),
  /** A metropolitan district council (s.103(b)). */
  METROPOLITAN_DISTRICT(true),
  /** A London borough council (s.103(c)). */
  LONDON_BOROUGH(true),
  /** The Common Council of the City of London (s.103(e)). */
  CITY_OF_LONDON(true),
  /** The Council of the Isles of Scilly (s.103(d)). */
  ISLES_OF_SCILLY(true);

  private final boolean responsible;

  LocalAuthorityType(boolean responsible) {
    this.responsible = responsible;
  }

  /**
   * Returns whether an authority of this type is a responsible local authority under s.103 of the 2007 Act, and
   * so must appoint a member of the integrated care partnership (s.116ZA(2)(b)).
   *
   * @return true unless this is a district in a county with a county council
   */
  public boolean isResponsibleLocalAuthority() {
    return responsible;
  }
}
