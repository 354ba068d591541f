package io.github.icsmodel.board;

/**
 * A designation a board member holds beside their role, as NHS England's guidance on ICB constitutions and
 * governance asks: one non-executive member as deputy chair (not the audit committee chair) and one as the senior
 * non-executive member.
 */
public enum Designation {
  /** Deputy chair. */
  DEPUTY_CHAIR,
  /** Senior non-executive member. */
  SENIOR_NON_EXECUTIVE_MEMBER,
  /** Chair of the audit committee. */
  AUDIT_COMMITTEE_CHAIR
}
