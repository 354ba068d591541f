package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Vacancy;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code board.vacancy}: the seats that nobody holds on the validation date. Each recorded vacancy is reported, and
 * each voting member who is not in office on that date: whose term ended ({@code termEndsOn} before the date) or
 * whose appointment has not yet taken effect ({@code appointedOn} after it). Such a member counts towards no
 * composition rule of Schedule 1B para 3(1) to the NHS Act 2006; those rules report any resulting shortfall.
 * INFORMATION: a vacancy is not itself a breach.
 */
final class VacancyRule extends AbstractRule {
  /** Creates the rule. */
  VacancyRule() {
    super(
        "board.vacancy",
        Severity.INFORMATION,
        BoardProvisions.paragraph("3", "(1)"),
        "Seats that are vacant on the validation date, recorded or by the end of a member's term",
        "Fill the seat, or record the reappointment (a new termEndsOn) if the member continues.",
        BoardProvisions.PARA_3_1);
  }

  @Override
  public void check(RuleContext context) {
    LocalDate date = context.asOf();
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!member.isVotingMember() || member.inOfficeOn(date)) {
        continue;
      }
      if (member.termEndsOn().isPresent() && member.termEndsOn().get().isBefore(date)) {
        context.report(BoardPaths.member(context, i).property("termEndsOn"), member.id(),
            "The term of " + BoardPaths.named(member) + " ended on " + member.termEndsOn().get() + ", so on " + date
                + " the seat is vacant and the member counts towards no requirement of the board's composition.");
      } else {
        context.report(BoardPaths.member(context, i).property("appointedOn"), member.id(),
            "The appointment of " + BoardPaths.named(member) + " takes effect on " + member.appointedOn().get()
                + ", so on " + date + " the seat is vacant and the member counts towards no requirement of the"
                + " board's composition.");
      }
    }
    List<Vacancy> vacancies = BoardPaths.boardOf(context).vacancies();
    for (int v = 0; v < vacancies.size(); v++) {
      Vacancy vacancy = vacancies.get(v);
      context.report(BoardPaths.board(context).property("vacancies").index(v), vacancy.id(),
          "The seat " + vacancy.postTitle().map(t -> t + " (" + vacancy.id() + ")").orElse(vacancy.id().toString())
              + " is vacant" + vacancy.vacantSince().map(d -> " since " + d).orElse("") + ".");
    }
  }
}
