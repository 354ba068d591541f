package io.github.icsmodel.system;

/**
 * Who appointed a member of an integrated care partnership, under s.116ZA(2) of the Local Government and Public
 * Involvement in Health Act 2007.
 */
public enum IcpAppointer {
  /** "one member appointed by the integrated care board" (s.116ZA(2)(a)). */
  INTEGRATED_CARE_BOARD,
  /** "one member appointed by each of the responsible local authorities" (s.116ZA(2)(b)). */
  RESPONSIBLE_LOCAL_AUTHORITY,
  /** "any members appointed by the integrated care partnership" (s.116ZA(2)(c)). */
  INTEGRATED_CARE_PARTNERSHIP
}
