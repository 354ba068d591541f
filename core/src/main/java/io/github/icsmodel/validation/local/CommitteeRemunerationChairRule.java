package io.github.icsmodel.validation.local;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * {@code committee.remuneration-chair}: the remuneration committee is chaired by a non-executive member who is
 * neither the board chair nor the audit committee chair. Not built in: the library's legal and policy sources hold
 * no source for this expectation, so it rests on the source the user supplies
 * ({@link LocalRules#remunerationCommittee}). Policy: a warning.
 */
final class CommitteeRemunerationChairRule extends RemunerationCommitteeTemplate {
  CommitteeRemunerationChairRule(PolicyReference basis) {
    super("committee.remuneration-chair", Severity.WARNING, basis,
        "The remuneration committee is chaired by a non-executive member who is neither the board chair nor the"
            + " audit committee chair",
        "Appoint a non-executive member who neither chairs the board nor the audit committee to chair the"
            + " remuneration committee.",
        null);
  }

  @Override
  void check(RuleContext context, Committee committee, JsonPointer path) {
    Optional<BoardMember> chair = committee.chair()
        .flatMap(id -> committee.members().stream().filter(m -> m.id().equals(id)).findFirst())
        .flatMap(CommitteeMember::boardMember)
        .flatMap(id -> context.system().icb().board().member(id));
    Set<LocalId> auditChairs = Committees.auditCommitteeChairs(context);
    boolean fits = chair.isPresent() && chair.get().isNonExecutiveMember()
        && chair.get().role() == MemberRole.ORDINARY_MEMBER
        && !auditChairs.contains(chair.get().id());
    if (!fits) {
      context.report(path.property("chair"), committee.id(),
          "The remuneration committee " + committee.id() + " is not chaired by a non-executive member who is"
              + " neither the board chair nor the audit committee chair.");
    }
  }
}
