package io.github.icsmodel.interest;

/** Whose interests a register records: the three groups of s.14Z30(1)(a) to (c) of the NHS Act 2006. */
public enum RegisterScope {
  /** Members of the board (s.14Z30(1)(a)). */
  BOARD_MEMBERS,
  /** Members of its committees or sub-committees (s.14Z30(1)(b)). */
  COMMITTEE_MEMBERS,
  /** Its employees (s.14Z30(1)(c)). */
  EMPLOYEES
}
