package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code board.independence}: no member's appointment was assessed as undermining the independence of the health
 * service. Schedule 1B para 4 to the NHS Act 2006: "The constitution must prohibit a person from appointing someone
 * as a member ("the candidate") if they consider that the appointment could reasonably be regarded as undermining
 * the independence of the health service because of the candidate's involvement with the private healthcare sector
 * or otherwise."
 *
 * <p>The judgement is the appointer's, so the rule reports a voting member whose recorded involvement the appointer
 * assessed as undermining independence ({@code underminesIndependence: true}). An involvement never assessed is
 * {@link IndependenceUnassessedRule}'s concern.
 */
final class IndependenceRule extends MemberTemplate {
  /** Creates the rule. */
  IndependenceRule() {
    super(
        "board.independence",
        Severity.ERROR,
        BoardProvisions.paragraph("4", ""),
        "No member's appointment could reasonably be regarded as undermining the independence of the health"
            + " service",
        "The appointment is prohibited: the member must not hold it. Remove the member, or record a fresh"
            + " assessment if the involvement has ended.",
        BoardProvisions.PARA_4);
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    Optional<PrivateHealthcareInvolvement> involvement = votingMembersInvolvement(member);
    if (involvement.isPresent() && involvement.get().underminesIndependence().equals(Optional.of(true))) {
      context.report(path.property("privateHealthcareInvolvement"), member.id(),
          "The member " + member.id() + "'s involvement (" + involvement.get().description() + ") was assessed as"
              + " undermining the independence of the health service; NHS Act 2006 Sch. 1B para 4 prohibits the"
              + " appointment.");
    }
  }

  /** The involvement with the private healthcare sector recorded for a voting member; empty for a participant. */
  static Optional<PrivateHealthcareInvolvement> votingMembersInvolvement(BoardMember member) {
    return member.isVotingMember() ? member.privateHealthcareInvolvement() : Optional.empty();
  }
}
