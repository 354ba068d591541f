package io.github.icsmodel.board;

/**
 * The kind of an ordinary member of an integrated care board.
 *
 * <p>The three partner-member kinds are the statutory minimum of Schedule 1B para 8(2); the others come from
 * NHS England policy and from real constitutions, which add non-executive members, executive members and, in some
 * boards, place members.
 */
public enum OrdinaryMemberKind {
  /**
   * A partner member nominated jointly by the NHS trusts and NHS foundation trusts that provide services in the
   * ICB's area and are of a prescribed description (Sch. 1B para 8(2)(a)).
   */
  PARTNER_MEMBER_TRUSTS,
  /**
   * A partner member nominated jointly by providers of primary medical services in the ICB's area of a prescribed
   * description (Sch. 1B para 8(2)(b)).
   */
  PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES,
  /**
   * A partner member nominated jointly by the local authorities whose areas coincide with, or include the whole or
   * any part of, the ICB's area (Sch. 1B para 8(2)(c)).
   */
  PARTNER_MEMBER_LOCAL_AUTHORITIES,
  /** An independent non-executive member (NHS England policy: at least two besides the chair). */
  NON_EXECUTIVE_MEMBER,
  /** An executive member, such as the director of finance, medical director or director of nursing. */
  EXECUTIVE_MEMBER,
  /** Any other ordinary member the constitution provides for, such as a place member. */
  OTHER_MEMBER;

  /**
   * Returns whether this is one of the three partner-member kinds of Sch. 1B para 8(2).
   *
   * @return true for partner members
   */
  public boolean isPartnerMember() {
    return this == PARTNER_MEMBER_TRUSTS
        || this == PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES
        || this == PARTNER_MEMBER_LOCAL_AUTHORITIES;
  }
}
