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
 * A rule that each voting member in a role, in office on the validation date, was appointed by one authority with
 * the approval of another. It comes in two grades sharing one check:
 *
 * <ul>
 *   <li>the ERROR rule reports what the configuration records against the provision: a recorded appointer who is
 *       not the one required (at {@code appointedBy}), and recorded approvals that do not include the one required
 *       (at {@code approvedBy}; a recorded list of approvals is read as complete);
 *   <li>the WARNING rule ({@code -unrecorded}) reports what the configuration does not record: no appointer, or no
 *       approval at all. Not recorded is not false: such an appointment may well have been lawful, but the
 *       configuration does not show it.
 * </ul>
 */
abstract class AppointmentTemplate extends AbstractRule {
  private final MemberRole role;
  private final String name;
  private final AppointingAuthority appointer;
  private final AppointingAuthority approver;
  private final String provision;
  private final boolean unrecorded;

  AppointmentTemplate(String id, LegalReference basis, String summary, String quotation, MemberRole role, String name,
      AppointingAuthority appointer, AppointingAuthority approver, boolean unrecorded) {
    super(id, unrecorded ? Severity.WARNING : Severity.ERROR, basis, summary,
        unrecorded
            ? "Record who appointed the " + name + " (appointedBy: " + BoardPaths.describe(appointer) + ") and"
                + " whose approval the appointment had (approvedBy: " + BoardPaths.describe(approver) + ")."
            : "Appoint the " + name + " lawfully: by " + BoardPaths.describe(appointer) + " with the approval of "
                + BoardPaths.describe(approver) + ", or correct the record if it is wrong.",
        quotation);
    this.role = role;
    this.name = name;
    this.appointer = appointer;
    this.approver = approver;
    this.provision = basis.citation();
    this.unrecorded = unrecorded;
  }

  @Override
  public final void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!BoardPaths.sits(member, context) || member.role() != role) {
        continue;
      }
      JsonPointer path = BoardPaths.member(context, i);
      String who = "the " + name + ", " + BoardPaths.named(member) + ",";
      Optional<AppointingAuthority> by = member.appointedBy();
      if (unrecorded) {
        if (by.isEmpty() || member.approvedBy().isEmpty()) {
          String missing = by.isEmpty() && member.approvedBy().isEmpty() ? "who appointed " + who + " and whose"
              + " approval the appointment had are" : by.isEmpty() ? "who appointed " + who + " is"
              : "whose approval the appointment of " + who + " had is";
          context.report(path, member.id(),
              capitalised(missing) + " not recorded, so the configuration does not show that " + provision
                  + " was met: " + BoardPaths.describe(appointer) + " must appoint, with the approval of "
                  + BoardPaths.describe(approver) + ".");
        }
        continue;
      }
      if (by.isPresent() && !by.get().equals(appointer)) {
        context.report(path.property("appointedBy"), member.id(),
            capitalised(who) + " was appointed by " + BoardPaths.describe(by.get()) + "; " + provision
                + " requires appointment by " + BoardPaths.describe(appointer) + ".");
      }
      if (!member.approvedBy().isEmpty() && !member.approvedBy().contains(approver)) {
        context.report(path.property("approvedBy"), member.id(),
            "The recorded approvals of the appointment of " + who + " do not include that of "
                + BoardPaths.describe(approver) + "; " + provision + " requires it.");
      }
    }
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
