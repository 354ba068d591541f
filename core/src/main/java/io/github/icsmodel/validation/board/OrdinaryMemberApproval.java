package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code board.ordinary-member-approval}: each ordinary member's appointment had the chair's approval. Schedule
 * 1B para 8(1) to the NHS Act 2006: "The constitution must— (a) specify who is to appoint the ordinary members,
 * and (b) provide that the appointment of an ordinary member is subject to the approval of the chair."
 *
 * <p>The chair's approval is shown by {@code approvedBy} including {@code icb-chair}, or by the chair having made
 * the appointment ({@code appointedBy} is {@code icb-chair}): the library reads an appointment by the chair as
 * carrying the chair's approval. Only voting ordinary members are checked.
 */
public final class OrdinaryMemberApproval extends AbstractRule {
  /** Creates the rule. */
  public OrdinaryMemberApproval() {
    super(
        "board.ordinary-member-approval",
        Severity.ERROR,
        Schedule1B.paragraph("8", "(1)(b)"),
        "Each ordinary member's appointment was approved by the chair",
        "Record the chair's approval of the appointment (approvedBy: icb-chair), or have the chair approve it.",
        Schedule1B.PARA_8_1);
  }

  @Override
  public void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (member.isVotingMember()
          && member.role() == MemberRole.ORDINARY_MEMBER
          && !member.approvedBy().contains(AppointingAuthority.ICB_CHAIR)
          && !member.appointedBy().equals(Optional.of(AppointingAuthority.ICB_CHAIR))) {
        context.report(BoardPaths.member(context, i).property("approvedBy"), member.id(),
            "The appointment of the ordinary member " + member.id() + " has no recorded approval of the chair; NHS"
                + " Act 2006 Sch. 1B para 8(1)(b) makes it subject to the chair's approval.");
      }
    }
  }
}
