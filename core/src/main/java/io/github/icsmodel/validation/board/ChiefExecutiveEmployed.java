package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * {@code board.chief-executive-employed}: the chief executive is an employee of the ICB. Schedule 1B para 7(2) to
 * the NHS Act 2006: "The constitution must provide that a person is eligible to become or remain the chief
 * executive only if the person is an employee of the integrated care board." (Para 19(4) extends "employee" to
 * certain secondees; record such a secondee as employed by the ICB.)
 */
public final class ChiefExecutiveEmployed extends AbstractRule {
  /** Creates the rule. */
  public ChiefExecutiveEmployed() {
    super(
        "board.chief-executive-employed",
        Severity.ERROR,
        Schedule1B.paragraph("7", "(2)"),
        "The chief executive is an employee of the ICB",
        "The chief executive must be employed by the ICB (or be a secondee within para 19(4)); record"
            + " employedByIcb, or appoint an eligible chief executive.",
        Schedule1B.PARA_7_2);
  }

  @Override
  public void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (member.isVotingMember() && member.role() == MemberRole.CHIEF_EXECUTIVE && !member.employedByIcb()) {
        context.report(BoardPaths.member(context, i).property("employedByIcb"), member.id(),
            "The chief executive " + member.id() + " is not an employee of the ICB; NHS Act 2006 Sch. 1B para 7(2)"
                + " makes only an employee eligible to become or remain chief executive.");
      }
    }
  }
}
