package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code board.ordinary-member-approval}: each ordinary member's appointment had the chair's approval. Schedule
 * 1B para 8(1) to the NHS Act 2006: "The constitution must— (a) specify who is to appoint the ordinary members,
 * and (b) provide that the appointment of an ordinary member is subject to the approval of the chair."
 *
 * <p>The chair's approval is shown by {@code approvedBy} including {@code icb-chair}, or by the chair having made
 * the appointment ({@code appointedBy} is {@code icb-chair}): the library reads an appointment by the chair as
 * carrying the chair's approval. Reported when the recorded approvals (read as complete) do not include the
 * chair's; where no approval is recorded at all, {@link OrdinaryMemberApprovalUnrecordedRule} says that the
 * configuration does not show it. Only voting ordinary members in office are checked.
 */
final class OrdinaryMemberApprovalRule extends MemberTemplate {
  /** Creates the rule. */
  OrdinaryMemberApprovalRule() {
    super(
        "board.ordinary-member-approval",
        Severity.ERROR,
        BoardProvisions.paragraph("8", "(1)(b)"),
        "Each ordinary member's appointment was approved by the chair",
        "Have the chair approve the appointment, or correct the record (approvedBy: icb-chair) if it is wrong.",
        BoardProvisions.PARA_8_1);
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    if (needsApproval(member, context) && !member.approvedBy().isEmpty()) {
      context.report(path.property("approvedBy"), member.id(),
          "The recorded approvals of the appointment of the ordinary member " + BoardPaths.named(member)
              + " do not include the chair's; NHS Act 2006 Sch. 1B para 8(1)(b) makes it subject to the chair's"
              + " approval.");
    }
  }

  /** Whether a member is a voting ordinary member in office whose appointment does not show the chair's approval. */
  static boolean needsApproval(BoardMember member, RuleContext context) {
    return BoardPaths.sits(member, context)
        && member.role() == MemberRole.ORDINARY_MEMBER
        && !member.approvedBy().contains(AppointingAuthority.ICB_CHAIR)
        && !member.appointedBy().equals(Optional.of(AppointingAuthority.ICB_CHAIR));
  }
}
