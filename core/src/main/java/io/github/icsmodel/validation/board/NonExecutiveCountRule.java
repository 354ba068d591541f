package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.validation.Severity;

/**
 * {@code board.non-executive-count}: the board has at least two non-executive members besides the chair. NHS
 * England's model ICB constitution, as ICBs adopt it: "NHS England Policy requires the ICB to appoint the following
 * additional Ordinary Members: ... At least two non-executive members." (The ICS design framework, as reported, asks
 * likewise for "Three independent non-executives: a chair and at least two others".) Policy, not law: a warning.
 * Only voting ordinary members of the kind {@code non-executive-member} count.
 */
final class NonExecutiveCountRule extends AtLeastTemplate {
  /** Creates the rule. */
  NonExecutiveCountRule() {
    super(
        "board.non-executive-count",
        Severity.WARNING,
        NhsEnglandPolicy.MODEL_CONSTITUTION,
        "The board has at least two non-executive members besides the chair",
        "Appoint voting non-executive members until there are at least two besides the chair.",
        ExecutivePortfolioTemplate.QUOTATION,
        2);
  }

  @Override
  boolean counts(BoardMember member) {
    return member.role() == MemberRole.ORDINARY_MEMBER && member.isNonExecutiveMember();
  }

  @Override
  boolean couldCount(UnrecordedSeat seat) {
    return seat.isOrdinaryMember(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER);
  }

  @Override
  String shortfall(int found) {
    return "The board has " + found + " voting non-executive member" + (found == 1 ? "" : "s") + " besides the"
        + " chair; NHS England's model ICB constitution requires at least two.";
  }
}
