package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * A rule that the board has at least a number of voting members of some description. A failure is reported once,
 * at {@code /icb/board/members}.
 */
abstract class AtLeastRule extends AbstractRule {
  private final int minimum;

  AtLeastRule(
      String id, Severity severity, Basis basis, String summary, String remedy, String quotation, int minimum) {
    super(id, severity, basis, summary, remedy, quotation);
    this.minimum = minimum;
  }

  /** Whether a voting member counts towards the minimum. */
  abstract boolean counts(BoardMember member);

  /** What is wrong, given how many voting members count. */
  abstract String shortfall(int found);

  @Override
  public final void check(RuleContext context) {
    int found = 0;
    for (BoardMember member : BoardPaths.boardOf(context).members()) {
      if (member.isVotingMember() && counts(member)) {
        found++;
      }
    }
    if (found < minimum) {
      context.report(BoardPaths.members(context), shortfall(found));
    }
  }
}
