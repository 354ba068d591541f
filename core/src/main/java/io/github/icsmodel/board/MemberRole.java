package io.github.icsmodel.board;

/**
 * The three roles Schedule 1B para 3(1) gives the members of an integrated care board, and {@link #PARTICIPANT} for
 * a person at the table who is not a member.
 */
public enum MemberRole {
  /** The chair (Sch. 1B para 3(1)(a), paras 5 and 6). */
  CHAIR,
  /** The chief executive (Sch. 1B para 3(1)(b), para 7). */
  CHIEF_EXECUTIVE,
  /** An ordinary member: a member other than the chair or chief executive (Sch. 1B para 3(2), para 8). */
  ORDINARY_MEMBER,
  /**
   * Not a member of the board: a participant who attends without a vote, such as a director of public health or a
   * deputy chief executive in attendance. Such a person's participation is always non-voting.
   */
  PARTICIPANT
}
