package io.github.icsmodel.validation.local;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The committees as the local rules read them. The board rules keep their own helper, which is not exported: the
 * local rules are written, as a user's own rules are, against the exported model and validation API only.
 */
final class Committees {
  private Committees() {}

  /** The committees: {@code /icb/committees}. */
  static JsonPointer committees(RuleContext context) {
    return context.base().property("icb").property("committees");
  }

  /** The index of the first committee of kind {@code remuneration}, if any. */
  static Optional<Integer> remunerationCommittee(List<Committee> committees) {
    for (int i = 0; i < committees.size(); i++) {
      if (committees.get(i).kind() == CommitteeKind.REMUNERATION) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The board members who chair the audit committee: those designated audit committee chair, and those a
   * committee of kind {@code audit} names as its chair.
   */
  static Set<LocalId> auditCommitteeChairs(RuleContext context) {
    Set<LocalId> chairs = new HashSet<>();
    for (BoardMember member : context.system().icb().board().members()) {
      if (member.holds(Designation.AUDIT_COMMITTEE_CHAIR)) {
        chairs.add(member.id());
      }
    }
    for (Committee committee : context.system().icb().committees()) {
      if (committee.kind() == CommitteeKind.AUDIT && committee.chair().isPresent()) {
        for (CommitteeMember member : committee.members()) {
          if (member.id().equals(committee.chair().get())) {
            member.boardMember().ifPresent(chairs::add);
          }
        }
      }
    }
    return chairs;
  }
}
