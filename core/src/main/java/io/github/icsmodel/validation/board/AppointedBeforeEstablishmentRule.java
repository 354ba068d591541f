package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code board.appointed-before-establishment}: no member of the board in office is recorded as appointed before the
 * ICB was established. Section 14Z25(2) of the NHS Act 2006: "Each integrated care board is to be established by
 * order made by NHS England for an area within England." A person is appointed a member of a board that exists;
 * an appointment recorded on a date before the establishment does not show an appointment to this ICB.
 *
 * <p>Why a WARNING ("law; the configuration does not show it met") and not an ERROR: the library's legal sources
 * hold no provision on appointments made in advance of an ICB's establishment (as "designate" appointments, or
 * transitional provision in the establishing order), neither permitting nor forbidding them, so a recorded early
 * date may describe a designate appointment confirmed on establishment, or be a mistake in the record; neither is
 * shown to breach Sch. 1B. It is not INFORMATION either: the record as it stands contradicts s.14Z25(2), and the
 * appointment the board rules rely on (Sch. 1B paras 5, 7 and 8) is not shown to have been made to this ICB. One
 * finding per voting member in office, at its {@code appointedOn}.
 */
final class AppointedBeforeEstablishmentRule extends AbstractRule {
  /** Creates the rule. */
  AppointedBeforeEstablishmentRule() {
    super(
        "board.appointed-before-establishment",
        Severity.WARNING,
        LegalReference.section(Act.NHS_ACT_2006, "14Z25").subdivision("(2)"),
        "No member in office is recorded as appointed before the ICB was established",
        "Record the date of the appointment to the ICB as established (a designate appointment confirmed on that"
            + " day is appointed on that day), or correct the date.",
        "(2) Each integrated care board is to be established by order made by NHS England for an area within"
            + " England.");
  }

  @Override
  public void check(RuleContext context) {
    LocalDate established = context.system().icb().establishedOn();
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (BoardPaths.sits(member, context) && member.appointedOn().isPresent()
          && member.appointedOn().get().isBefore(established)) {
        context.report(BoardPaths.member(context, i).property("appointedOn"), member.id(),
            BoardPaths.named(member) + " is recorded as appointed on " + member.appointedOn().get() + ", before the"
                + " ICB was established on " + established + " (NHS Act 2006 s.14Z25(2)), so the configuration does"
                + " not show an appointment to the ICB: the date may be of a designate appointment, or a mistake.");
      }
    }
  }
}
