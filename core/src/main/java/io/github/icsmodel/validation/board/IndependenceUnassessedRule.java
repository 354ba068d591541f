package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code board.independence-unassessed}: every member's recorded involvement with the private healthcare sector
 * has been assessed. A warning, not an error: Schedule 1B para 4 to the NHS Act 2006 turns on what the appointer
 * "consider[s]", so an unassessed involvement is not in itself a breach of the Act. But the model ICB constitution
 * makes the test a ground of disqualification, listing among those disqualified (s.3.2) "a person whose
 * appointment could reasonably be regarded as undermining the independence of the health service because of the
 * candidate's involvement with the private healthcare sector or otherwise"; an involvement on record that nobody has
 * assessed means that ground has not been applied, and {@link IndependenceRule} cannot be checked.
 */
final class IndependenceUnassessedRule extends MemberTemplate {
  /** Creates the rule. */
  IndependenceUnassessedRule() {
    super(
        "board.independence-unassessed",
        Severity.WARNING,
        NhsEnglandPolicy.MODEL_CONSTITUTION.part("s.3.2"),
        "Every member's recorded involvement with the private healthcare sector has been assessed against the"
            + " independence test",
        "Have the appointer assess whether the appointment could reasonably be regarded as undermining the"
            + " independence of the health service, and record the outcome (underminesIndependence, assessedOn).",
        "Disqualified (3.2): [...] a person whose appointment \"could reasonably be regarded as undermining the"
            + " independence of the health service because of the candidate's involvement with the private"
            + " healthcare sector or otherwise\"");
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    Optional<PrivateHealthcareInvolvement> involvement = IndependenceRule.votingMembersInvolvement(member);
    if (involvement.isPresent() && involvement.get().underminesIndependence().isEmpty()) {
      context.report(path.property("privateHealthcareInvolvement"), member.id(),
          "The member " + member.id() + "'s involvement with the private healthcare sector ("
              + involvement.get().description() + ") has never been assessed against the independence test of"
              + " NHS Act 2006 Sch. 1B para 4.");
    }
  }
}
