package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A rule that each voting member in a role was appointed by one authority with the approval of another.
 *
 * <p>If neither the appointer nor any approval is recorded, the configuration does not show the appointment to be
 * lawful, and one finding at the member says so. Otherwise a wrong appointer is reported at {@code appointedBy}
 * (an unrecorded appointer too), and a missing approval at {@code approvedBy}.
 */
abstract class AppointmentRule extends AbstractRule {
  private final MemberRole role;
  private final String name;
  private final AppointingAuthority appointer;
  private final AppointingAuthority approver;
  private final String provision;

  AppointmentRule(String id, LegalReference basis, String summary, String quotation, MemberRole role, String name,
      AppointingAuthority appointer, AppointingAuthority approver) {
    super(id, Severity.ERROR, basis, summary,
        "Record who appointed the " + name + " (appointedBy: " + BoardPaths.describe(appointer) + ") and whose"
            + " approval the appointment had (approvedBy: " + BoardPaths.describe(approver) + "); if the"
            + " appointment was not made that way, it must be made again lawfully.",
        quotation);
    this.role = role;
    this.name = name;
    this.appointer = appointer;
    this.approver = approver;
    this.provision = basis.citation();
  }

  @Override
  public final void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!member.isVotingMember() || member.role() != role) {
        continue;
      }
      JsonPointer path = BoardPaths.member(context, i);
      String who = "the " + name + " " + member.id();
      if (member.appointedBy().isEmpty() && member.approvedBy().isEmpty()) {
        context.report(path, member.id(),
            "The appointment of " + who + " is not recorded, so the configuration does not show that " + provision
                + " was met: " + BoardPaths.describe(appointer) + " must appoint, with the approval of "
                + BoardPaths.describe(approver) + ".");
        continue;
      }
      if (!member.appointedBy().equals(Optional.of(appointer))) {
        String actual = member.appointedBy().map(a -> "was appointed by " + BoardPaths.describe(a))
            .orElse("has no recorded appointer");
        context.report(path.property("appointedBy"), member.id(),
            capitalised(who) + " " + actual + "; " + provision + " requires appointment by "
                + BoardPaths.describe(appointer) + ".");
      }
      if (!member.approvedBy().contains(approver)) {
        context.report(path.property("approvedBy"), member.id(),
            "The appointment of " + who + " has no recorded approval of " + BoardPaths.describe(approver) + "; "
                + provision + " requires it.");
      }
    }
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
