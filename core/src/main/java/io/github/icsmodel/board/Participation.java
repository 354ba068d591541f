package io.github.icsmodel.board;

/**
 * Whether a person at the board table is a member of the board or a participant without a vote. Non-voting
 * participants never count towards the membership that Schedule 1B requires.
 */
public enum Participation {
  /** A member of the board, with a vote. */
  VOTING_MEMBER,
  /** A participant who attends and speaks but is not a member and does not vote. */
  NON_VOTING_PARTICIPANT
}
