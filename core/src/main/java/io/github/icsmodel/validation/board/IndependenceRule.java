package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
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
final class IndependenceRule extends AbstractRule {
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
  public void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      Optional<PrivateHealthcareInvolvement> involvement = member.privateHealthcareInvolvement();
      if (member.isVotingMember()
          && involvement.isPresent()
          && involvement.get().underminesIndependence().equals(Optional.of(true))) {
        context.report(BoardPaths.member(context, i).property("privateHealthcareInvolvement"), member.id(),
            "The member " + member.id() + "'s involvement (" + involvement.get().description() + ") was assessed as"
                + " undermining the independence of the health service; NHS Act 2006 Sch. 1B para 4 prohibits the"
                + " appointment.");
      }
    }
  }
}
