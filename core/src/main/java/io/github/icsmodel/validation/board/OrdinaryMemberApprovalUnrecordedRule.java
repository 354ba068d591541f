package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code board.ordinary-member-approval-unrecorded}: the configuration records the chair's approval of each
 * ordinary member's appointment (Schedule 1B para 8(1)(b) to the NHS Act 2006; see {@link OrdinaryMemberApprovalRule}).
 * Reported for a voting ordinary member in office with no approval recorded at all and not appointed by the chair. A
 * WARNING: the appointment may well have been approved, but the configuration does not show it.
 */
final class OrdinaryMemberApprovalUnrecordedRule extends MemberTemplate {
  /** Creates the rule. */
  OrdinaryMemberApprovalUnrecordedRule() {
    super(
        "board.ordinary-member-approval-unrecorded",
        Severity.WARNING,
        BoardProvisions.paragraph("8", "(1)(b)"),
        "The configuration records the chair's approval of each ordinary member's appointment",
        "Record the chair's approval of the appointment (approvedBy: icb-chair).",
        BoardProvisions.PARA_8_1);
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    if (OrdinaryMemberApprovalRule.needsApproval(member, context) && member.approvedBy().isEmpty()) {
      context.report(path, member.id(),
          "No approval of the appointment of the ordinary member " + BoardPaths.named(member) + " is recorded,"
              + " so the configuration does not show the chair's approval that NHS Act 2006 Sch. 1B para 8(1)(b)"
              + " requires.");
    }
  }
}
