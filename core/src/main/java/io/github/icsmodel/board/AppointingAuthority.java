package io.github.icsmodel.board;

/** Who appoints, or approves the appointment of, a board or committee member. */
public enum AppointingAuthority {
  /** NHS England, which appoints the chair (Sch. 1B para 5) and approves the chief executive (para 7(1)). */
  NHS_ENGLAND,
  /** The Secretary of State, whose approval the chair's appointment needs (Sch. 1B para 5). */
  SECRETARY_OF_STATE,
  /** The chair of the ICB, who appoints the chief executive (para 7(1)) and approves ordinary members (para 8(1)(b)). */
  ICB_CHAIR,
  /** The chief executive of the ICB. */
  ICB_CHIEF_EXECUTIVE,
  /** The integrated care board itself, or its board. */
  INTEGRATED_CARE_BOARD,
  /** The bodies that nominate a partner member, where the constitution lets them appoint. */
  NOMINATING_BODIES,
  /** Anyone else the constitution names. */
  OTHER
}
