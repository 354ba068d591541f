package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code board.chief-executive-employed}: the chief executive is an employee of the ICB. Schedule 1B para 7(2) to
 * the NHS Act 2006: "The constitution must provide that a person is eligible to become or remain the chief
 * executive only if the person is an employee of the integrated care board." (Para 19(4) extends "employee" to
 * certain secondees; record such a secondee as employed by the ICB.)
 *
 * <p>Reported only where the configuration records that the chief executive is not employed by the ICB
 * ({@code employedByIcb: false}). Where the fact is not recorded, {@link ChiefExecutiveEmploymentUnrecordedRule} says
 * that the configuration does not show it.
 */
final class ChiefExecutiveEmployedRule extends MemberTemplate {
  /** Creates the rule. */
  ChiefExecutiveEmployedRule() {
    super(
        "board.chief-executive-employed",
        Severity.ERROR,
        BoardProvisions.paragraph("7", "(2)"),
        "The chief executive is an employee of the ICB (reported where the configuration records otherwise)",
        "The chief executive must be employed by the ICB (or be a secondee within para 19(4)); appoint an eligible"
            + " chief executive, or correct employedByIcb if the record is wrong.",
        BoardProvisions.PARA_7_2);
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    if (isSittingChiefExecutive(member, context) && member.employedByIcb().equals(Optional.of(false))) {
      context.report(path.property("employedByIcb"), member.id(),
          "The chief executive " + BoardPaths.named(member) + " is recorded as not an employee of the ICB; NHS"
              + " Act 2006 Sch. 1B para 7(2) makes only an employee (or a secondee within para 19(4)) eligible to"
              + " become or remain chief executive.");
    }
  }

  /** Whether a member is the chief executive and sits on the date of validation ({@link BoardPaths#sits}). */
  static boolean isSittingChiefExecutive(BoardMember member, RuleContext context) {
    return BoardPaths.sits(member, context) && member.role() == MemberRole.CHIEF_EXECUTIVE;
  }
}
