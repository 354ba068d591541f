package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.validation.Severity;

/**
 * {@code board.ordinary-member-count}: the board has at least three ordinary members. Schedule 1B para 3(1) to
 * the NHS Act 2006: "The constitution must provide for the integrated care board to consist of— ... (c) at least
 * three other members (see paragraph 8)"; para 3(2): an "ordinary member" is "a member other than the chair or
 * chief executive". Only voting members count. Nothing caps the number.
 */
final class OrdinaryMemberCountRule extends AtLeastTemplate {
  /** Creates the rule. */
  OrdinaryMemberCountRule() {
    super(
        "board.ordinary-member-count",
        Severity.ERROR,
        BoardProvisions.paragraph("3", "(1)(c)"),
        "The board has at least three ordinary members besides the chair and the chief executive",
        "Appoint voting ordinary members until there are at least three.",
        BoardProvisions.PARA_3_1,
        3);
  }

  @Override
  boolean counts(BoardMember member) {
    return member.role() == MemberRole.ORDINARY_MEMBER;
  }

  @Override
  boolean couldCount(UnrecordedSeat seat) {
    return seat.role() == MemberRole.ORDINARY_MEMBER;
  }

  @Override
  String shortfall(int found) {
    return "The board has " + found + " voting ordinary member" + (found == 1 ? "" : "s")
        + "; NHS Act 2006 Sch. 1B para 3(1)(c) requires at least three besides the chair and the chief executive.";
  }
}
