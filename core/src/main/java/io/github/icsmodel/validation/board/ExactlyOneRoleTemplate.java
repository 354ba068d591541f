package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.identifier.LocalId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule that the board has exactly one voting member in a role, reported at {@code /icb/board/members}. It counts
 * people in office on the validation date, not seats. With nobody in the role, an unrecorded seat of the role
 * means the configuration does not show the role empty (not recorded is not false): {@code board.seat-unrecorded}
 * reports the seat instead.
 */
abstract class ExactlyOneRoleTemplate extends AbstractRule {
  private final MemberRole role;
  private final String name;
  private final String provision;

  ExactlyOneRoleTemplate(String id, Basis basis, String summary, String remedy, String quotation, MemberRole role,
      String name) {
    super(id, Severity.ERROR, basis, summary, remedy, quotation);
    this.role = role;
    this.name = name;
    this.provision = basis.citation();
  }

  @Override
  public final void check(RuleContext context) {
    Map<LocalId, String> holders = new LinkedHashMap<>();
    for (BoardMember member : BoardPaths.boardOf(context).votingMembers(role)) {
      if (BoardPaths.sits(member, context)) {
        holders.putIfAbsent(member.personId(), BoardPaths.named(member));
      }
    }
    boolean unrecorded = BoardPaths.boardOf(context).unrecordedSeats().stream().anyMatch(s -> s.role() == role);
    if (holders.isEmpty() && !unrecorded) {
      context.report(BoardPaths.members(context),
          "The board has no " + name + " among its voting members; " + provision + " requires exactly one.");
    } else if (holders.size() > 1) {
      context.report(BoardPaths.members(context),
          "The board has " + holders.size() + " " + name + "s (" + String.join(", ", holders.values()) + "); "
              + provision + " requires exactly one.");
    }
  }
}
