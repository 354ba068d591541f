package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.validation.Severity;

/**
 * A rule that a voting ordinary member holds an executive portfolio that the model ICB constitution requires. One
 * person may hold several portfolios; the chair and the chief executive do not count, since the policy asks for
 * "additional Ordinary Members".
 */
abstract class ExecutivePortfolioTemplate extends AtLeastTemplate {
  /** The model constitution's words, as an ICB constitution adopting it gives them. */
  static final String QUOTATION =
      "NHS England Policy requires the ICB to appoint the following additional Ordinary Members: three Executive"
          + " Members, namely: Director of Finance – hereafter referred to as the Chief Finance Officer; Medical"
          + " Director; Director of Nursing; At least two non-executive members.";

  private final ExecutivePortfolio portfolio;
  private final String title;

  ExecutivePortfolioTemplate(String id, ExecutivePortfolio portfolio, String title) {
    super(
        id,
        Severity.WARNING,
        NhsEnglandPolicy.MODEL_CONSTITUTION,
        "An ordinary member of the board is the " + title,
        "Appoint the " + title + " as a voting executive member of the board, or record the portfolio on the member"
            + " who holds it.",
        QUOTATION,
        1);
    this.portfolio = portfolio;
    this.title = title;
  }

  @Override
  final boolean counts(BoardMember member) {
    return member.role() == MemberRole.ORDINARY_MEMBER && member.portfolios().contains(portfolio);
  }

  @Override
  final boolean couldCount(UnrecordedSeat seat) {
    return seat.role() == MemberRole.ORDINARY_MEMBER && seat.portfolios().contains(portfolio);
  }

  @Override
  final String shortfall(int found) {
    return "No voting ordinary member of the board is the " + title + "; NHS England's model ICB constitution"
        + " requires one among three executive members.";
  }
}
