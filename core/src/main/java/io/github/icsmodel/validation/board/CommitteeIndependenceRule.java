package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.Optional;

/**
 * {@code committee.independence}: no member of a committee that exercises commissioning functions was assessed as
 * undermining the independence of the health service. Schedule 1B para 11(4)(b) to the NHS Act 2006 (para
 * 11(4)(a), approval by the chair, is {@code committee.members-approved-by-chair}'s concern): if committees
 * exercise commissioning functions, the constitution must "prohibit the chair from approving or appointing someone
 * as a member of any such committee or sub-committee ("the candidate") if the chair considers that the appointment
 * could reasonably be regarded as undermining the independence of the health service because of the candidate's
 * involvement with the private healthcare sector or otherwise".
 *
 * <p>For a committee member who sits on the board, the board record's involvement is used (whether or not they vote
 * on the board: they are a member of the committee); for anyone else, the committee record's. A committee member
 * naming a board member who is not on the board is judged on the committee record. Committees that do not exercise
 * commissioning functions are not checked. An unassessed involvement of a committee member who is not on the board
 * is not reported: the library's sources give no requirement to record the chair's assessment for them.
 */
final class CommitteeIndependenceRule extends CommissioningCommitteeTemplate {
  /** Creates the rule. */
  CommitteeIndependenceRule() {
    super(
        "committee.independence",
        BoardProvisions.paragraph("11", "(4)(b)"),
        "No member of a committee exercising commissioning functions could reasonably be regarded as undermining"
            + " the independence of the health service",
        "The chair must not appoint such a person to the committee: remove them from it, or record a fresh"
            + " assessment if the involvement has ended.",
        BoardProvisions.PARA_11_4_B);
  }

  @Override
  void check(RuleContext context, Committee committee, CommitteeMember member, JsonPointer path) {
    Optional<BoardMember> onBoard = member.boardMember().flatMap(BoardPaths.boardOf(context)::member);
    Optional<PrivateHealthcareInvolvement> involvement = onBoard.isPresent()
        ? onBoard.get().privateHealthcareInvolvement()
        : member.privateHealthcareInvolvement();
    if (involvement.isPresent() && involvement.get().underminesIndependence().equals(Optional.of(true))) {
      context.report(
          path,
          member.id(),
          "The member " + member.id() + " of the committee " + committee.id() + ", which exercises"
              + " commissioning functions, has an involvement (" + involvement.get().description() + ")"
              + (onBoard.isPresent() ? ", recorded on the board," : "")
              + " assessed as undermining the independence of the health service; NHS Act 2006 Sch. 1B para"
              + " 11(4)(b) requires the constitution to prohibit the chair from appointing such a candidate.");
    }
  }
}
