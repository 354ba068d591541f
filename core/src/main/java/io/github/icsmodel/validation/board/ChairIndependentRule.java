package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OfficeHeld;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code board.chair-independent}: the chair holds no office in a health or care organisation in the area. The
 * Minister's answer to written question HL6183 (23 February 2022): "Individuals with a role in any health and care
 * organisation in a particular area are not eligible for these independent chair roles due to perceived or actual
 * conflicts of interest." Policy, not law: a warning.
 *
 * <p>Reported for each office the voting chair holds in an organisation of the system, other than the ICB itself,
 * NHS England and its regions (which are not organisations of the area). An office in an organisation the
 * configuration does not list is not reported, since the library cannot tell what it is.
 */
final class ChairIndependentRule extends AbstractRule {
  /** Creates the rule. */
  ChairIndependentRule() {
    super(
        "board.chair-independent",
        Severity.WARNING,
        NhsEnglandPolicy.CHAIR_ELIGIBILITY_HL6183,
        "The chair holds no role in a health or care organisation in the area",
        "The chair should give up the office, or the ICB should record why the departure is accepted (a waiver).",
        "Individuals with a role in any health and care organisation in a particular area are not eligible for these"
            + " independent chair roles due to perceived or actual conflicts of interest.");
  }

  @Override
  public void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!member.isVotingMember() || member.role() != MemberRole.CHAIR) {
        continue;
      }
      List<OfficeHeld> offices = member.officesHeld();
      for (int o = 0; o < offices.size(); o++) {
        OfficeHeld office = offices.get(o);
        Optional<Organisation> organisation = context.system().organisation(office.organisation());
        if (organisation.isPresent() && isOfTheArea(organisation.get().kind())) {
          context.report(BoardPaths.member(context, i).property("officesHeld").index(o), member.id(),
              "The chair " + member.id() + " is " + office.title() + " of " + organisation.get().name() + ", an"
                  + " organisation of the system; the government's answer to written question HL6183 (a"
                  + " minister's answer in Parliament, not law) makes a person with a role in a health or care"
                  + " organisation in the area ineligible to be an independent ICB chair.");
        }
      }
    }
  }

  private static boolean isOfTheArea(OrganisationKind kind) {
    return kind != OrganisationKind.INTEGRATED_CARE_BOARD
        && kind != OrganisationKind.NHS_ENGLAND
        && kind != OrganisationKind.NHS_ENGLAND_REGION;
  }
}
