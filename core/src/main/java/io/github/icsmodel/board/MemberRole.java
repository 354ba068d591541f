package io.github.icsmodel.board;

/** The three roles Schedule 1B para 3(1) gives the members of an integrated care board. */
public enum MemberRole {
  /** The chair (Sch. 1B para 3(1)(a), paras 5 and 6). */
  CHAIR,
  /** The chief executive (Sch. 1B para 3(1)(b), para 7). */
  CHIEF_EXECUTIVE,
  /** An ordinary member: a member other than the chair or chief executive (Sch. 1B para 3(2), para 8). */
  ORDINARY_MEMBER
}
