package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code board.chief-executive-employment-unrecorded}: the configuration records whether the chief executive is an
 * employee of the ICB (Schedule 1B para 7(2) to the NHS Act 2006). A WARNING, not an ERROR: a chief executive whose
 * employment is not recorded may well be eligible; the configuration merely does not show it.
 */
final class ChiefExecutiveEmploymentUnrecordedRule extends MemberTemplate {
  /** Creates the rule. */
  ChiefExecutiveEmploymentUnrecordedRule() {
    super(
        "board.chief-executive-employment-unrecorded",
        Severity.WARNING,
        BoardProvisions.paragraph("7", "(2)"),
        "The configuration shows whether the chief executive is an employee of the ICB",
        "Record employedByIcb for the chief executive (true for an employee or a secondee within para 19(4)).",
        BoardProvisions.PARA_7_2);
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    if (ChiefExecutiveEmployedRule.isSittingChiefExecutive(member, context) && member.employedByIcb().isEmpty()) {
      context.report(path, member.id(),
          "Whether the chief executive " + BoardPaths.named(member) + " is an employee of the ICB is not recorded,"
              + " so the configuration does not show that NHS Act 2006 Sch. 1B para 7(2) is met.");
    }
  }
}
