package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code board.person-in-two-seats}: no person holds two voting seats on the board. Schedule 1B para 3(1) to the
 * NHS Act 2006 counts members, "a chair", "a chief executive" and "at least three other members", so one person is
 * one member however many seats the configuration gives them: the composition rules count them once (by
 * {@link BoardMember#personId()}), and this rule reports the second seat so that the configuration can be
 * corrected. A WARNING: the law does not forbid a combined role as such; the counts decide whether the board is
 * complete.
 */
final class PersonInTwoSeatsRule extends AbstractRule {
  /** Creates the rule. */
  PersonInTwoSeatsRule() {
    super(
        "board.person-in-two-seats",
        Severity.WARNING,
        BoardProvisions.paragraph("3", "(1)"),
        "No person holds two voting seats on the board",
        "Record one seat per person (a combined role is one seat with several portfolios), or correct the person"
            + " ids if two people share one by mistake.",
        BoardProvisions.PARA_3_1);
  }

  @Override
  public void check(RuleContext context) {
    Map<LocalId, BoardMember> first = new HashMap<>();
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!BoardPaths.sits(member, context)) {
        continue;
      }
      BoardMember earlier = first.putIfAbsent(member.personId(), member);
      if (earlier != null) {
        context.report(BoardPaths.member(context, i), member.id(),
            "The seat " + member.id() + " is held by the same person (" + member.personId() + ") as the seat "
                + earlier.id() + " (" + earlier.name() + "); one person is one member of the board, so NHS Act"
                + " 2006 Sch. 1B para 3(1) counts them once.");
      }
    }
  }
}
