package io.github.icsmodel.validation.local;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code committee.remuneration-no-employees}: no employee of the ICB is a member of the remuneration committee.
 * Not built in: the library's legal and policy sources hold no source for this expectation, so it rests on the
 * source the user supplies ({@link LocalRules#remunerationCommittee}). Policy: a warning.
 */
final class CommitteeRemunerationNoEmployeesRule extends RemunerationCommitteeTemplate {
  CommitteeRemunerationNoEmployeesRule(PolicyReference basis) {
    super("committee.remuneration-no-employees", Severity.WARNING, basis,
        "No employee of the ICB is a member of the remuneration committee",
        "Replace the ICB employees on the remuneration committee with non-executive members.",
        null);
  }

  @Override
  void check(RuleContext context, Committee committee, JsonPointer path) {
    List<CommitteeMember> members = committee.members();
    for (int i = 0; i < members.size(); i++) {
      CommitteeMember member = members.get(i);
      Optional<Boolean> employee = member.boardMember()
          .flatMap(id -> context.system().icb().board().member(id))
          .map(BoardMember::employedByIcb)
          .orElse(member.employedByIcb());
      if (employee.equals(Optional.of(true))) {
        context.report(path.property("members").index(i), member.id(),
            member.id() + " is an employee of the ICB and a member of the remuneration committee.");
      }
    }
  }
}
