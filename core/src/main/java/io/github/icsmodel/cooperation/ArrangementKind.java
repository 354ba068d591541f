package io.github.icsmodel.cooperation;

/** The kinds of arrangement through which bodies co-operate. */
public enum ArrangementKind {
  /** Membership of the integrated care partnership (LGPIHA 2007 s.116ZA). */
  ICP_MEMBERSHIP,
  /** A partnership agreement under s.75 of the NHS Act 2006. */
  SECTION_75_AGREEMENT,
  /** A joint committee. */
  JOINT_COMMITTEE,
  /** The agreement of a place-based partnership. */
  PLACE_BASED_PARTNERSHIP_AGREEMENT,
  /** The agreement of a provider collaborative. */
  PROVIDER_COLLABORATIVE_AGREEMENT,
  /** A joint appointment (NHS Act 2006 s.13UA). */
  JOINT_APPOINTMENT,
  /** Representation on a health and wellbeing board (HSCA 2012 s.194). */
  HEALTH_AND_WELLBEING_BOARD_REPRESENTATION,
  /** Any other arrangement. */
  OTHER
}
