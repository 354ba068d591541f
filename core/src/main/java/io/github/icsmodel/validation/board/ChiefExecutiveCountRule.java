package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.MemberRole;

/**
 * {@code board.chief-executive-count}: the board has exactly one chief executive. Schedule 1B para 3(1) to the
 * NHS Act 2006: "The constitution must provide for the integrated care board to consist of— ... (b) a chief
 * executive (see paragraph 7), ...". Only voting members count.
 */
final class ChiefExecutiveCountRule extends ExactlyOneRoleTemplate {
  /** Creates the rule. */
  ChiefExecutiveCountRule() {
    super(
        "board.chief-executive-count",
        BoardProvisions.paragraph("3", "(1)(b)"),
        "The board has exactly one chief executive",
        "Record exactly one voting member of the board in the role of chief executive.",
        BoardProvisions.PARA_3_1,
        MemberRole.CHIEF_EXECUTIVE,
        "chief executive");
  }
}
