package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The remuneration committee rules: {@code committee.remuneration-chair} (chaired by a non-executive member who is
 * neither the board chair nor the audit committee chair) and {@code committee.remuneration-no-employees} (no ICB
 * employee among its members).
 *
 * <p>The library's legal and policy sources hold no source for these expectations, so the library does not assert
 * them on its own authority: they are not built in. A user who has the source (an ICB's constitution, or NHS
 * England guidance) creates them with that source as their basis through
 * {@code RuleSet.remunerationCommittee(PolicyReference)}. Policy: warnings.
 */
public final class RemunerationCommittee {
  private RemunerationCommittee() {}

  /**
   * Returns the two rules, resting on the given source.
   *
   * @param basis the document that sets the expectation
   * @return the rules
   */
  public static List<io.github.icsmodel.validation.Rule> rules(PolicyReference basis) {
    return List.of(new Chair(basis), new NoEmployees(basis));
  }

  private static Optional<Integer> remunerationCommittee(List<Committee> committees) {
    for (int i = 0; i < committees.size(); i++) {
      if (committees.get(i).kind() == CommitteeKind.REMUNERATION) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** {@code committee.remuneration-chair}. */
  static final class Chair extends AbstractRule {
    Chair(PolicyReference basis) {
      super("committee.remuneration-chair", Severity.WARNING, basis,
          "The remuneration committee is chaired by a non-executive member who is neither the board chair nor the"
              + " audit committee chair",
          "Appoint a non-executive member who neither chairs the board nor the audit committee to chair the"
              + " remuneration committee.",
          null);
    }

    @Override
    public void check(RuleContext context) {
      List<Committee> committees = context.system().icb().committees();
      Optional<Integer> index = remunerationCommittee(committees);
      if (index.isEmpty()) {
        return;
      }
      Committee committee = committees.get(index.get());
      Optional<BoardMember> chair = committee.chair()
          .flatMap(id -> committee.members().stream().filter(m -> m.id().equals(id)).findFirst())
          .flatMap(CommitteeMember::boardMember)
          .flatMap(id -> BoardPaths.boardOf(context).member(id));
      Set<LocalId> auditChairs = BoardPaths.auditCommitteeChairs(context);
      boolean fits = chair.isPresent() && chair.get().isNonExecutiveMember()
          && chair.get().role() == io.github.icsmodel.board.MemberRole.ORDINARY_MEMBER
          && !auditChairs.contains(chair.get().id());
      if (!fits) {
        context.report(BoardPaths.committees(context).index(index.get()).property("chair"), committee.id(),
            "The remuneration committee " + committee.id() + " is not chaired by a non-executive member who is"
                + " neither the board chair nor the audit committee chair.");
      }
    }
  }

  /** {@code committee.remuneration-no-employees}. */
  static final class NoEmployees extends AbstractRule {
    NoEmployees(PolicyReference basis) {
      super("committee.remuneration-no-employees", Severity.WARNING, basis,
          "No employee of the ICB is a member of the remuneration committee",
          "Replace the ICB employees on the remuneration committee with non-executive members.",
          null);
    }

    @Override
    public void check(RuleContext context) {
      List<Committee> committees = context.system().icb().committees();
      Optional<Integer> index = remunerationCommittee(committees);
      if (index.isEmpty()) {
        return;
      }
      List<CommitteeMember> members = committees.get(index.get()).members();
      for (int i = 0; i < members.size(); i++) {
        CommitteeMember member = members.get(i);
        Optional<Boolean> employee = member.boardMember()
            .flatMap(id -> BoardPaths.boardOf(context).member(id))
            .map(BoardMember::employedByIcb)
            .orElse(member.employedByIcb());
        if (employee.equals(Optional.of(true))) {
          context.report(BoardPaths.committees(context).index(index.get()).property("members").index(i), member.id(),
              member.id() + " is an employee of the ICB and a member of the remuneration committee.");
        }
      }
    }
  }
}
