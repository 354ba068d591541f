package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * A rule that the board has at least a number of voting members of some description. It counts people, not seats
 * (one person in two seats counts once, by {@link BoardMember#personId()}), and only members in office on the
 * validation date. A failure is reported once, at {@code /icb/board/members}, and only when the unrecorded seats
 * that could make up the shortfall ({@link #couldCount}) do not: with them the configuration does not show a
 * shortfall, and {@code board.seat-unrecorded} says what to record.
 */
abstract class AtLeastTemplate extends AbstractRule {
  private final int minimum;

  AtLeastTemplate(
      String id, Severity severity, Basis basis, String summary, String remedy, String quotation, int minimum) {
    super(id, severity, basis, summary, remedy, quotation);
    this.minimum = minimum;
  }

  /** Whether a voting member counts towards the minimum. */
  abstract boolean counts(BoardMember member);

  /**
   * Whether an unrecorded seat could be held by someone who counts towards the minimum: such a seat makes a
   * shortfall unknown rather than shown (not recorded is not false), and {@code board.seat-unrecorded} reports it.
   */
  abstract boolean couldCount(UnrecordedSeat seat);

  /** What is wrong, given how many voting members count. */
  abstract String shortfall(int found);

  /**
   * Reports a failure at {@code /icb/board/members}; a rule may override it to say more.
   *
   * @param context the context
   * @param found how many people count
   */
  void reportShortfall(RuleContext context, int found) {
    context.report(BoardPaths.members(context), shortfall(found));
  }

  @Override
  public void check(RuleContext context) {
    Set<LocalId> people = new HashSet<>();
    for (BoardMember member : BoardPaths.boardOf(context).members()) {
      if (BoardPaths.sits(member, context) && counts(member)) {
        people.add(member.personId());
      }
    }
    long unrecorded = BoardPaths.boardOf(context).unrecordedSeats().stream().filter(this::couldCount).count();
    if (people.size() + unrecorded < minimum) {
      reportShortfall(context, people.size());
    }
  }
}
