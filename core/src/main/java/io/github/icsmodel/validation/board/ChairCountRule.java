package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.MemberRole;

/**
 * {@code board.chair-count}: the board has exactly one chair. Schedule 1B para 3(1) to the NHS Act 2006: "The
 * constitution must provide for the integrated care board to consist of— (a) a chair (see paragraphs 5 and 6),
 * ...". Only voting members count.
 */
final class ChairCountRule extends ExactlyOneRoleTemplate {
  /** Creates the rule. */
  ChairCountRule() {
    super(
        "board.chair-count",
        BoardProvisions.paragraph("3", "(1)(a)"),
        "The board has exactly one chair",
        "Record exactly one voting member of the board in the role of chair.",
        BoardProvisions.PARA_3_1,
        MemberRole.CHAIR,
        "chair");
  }
}
