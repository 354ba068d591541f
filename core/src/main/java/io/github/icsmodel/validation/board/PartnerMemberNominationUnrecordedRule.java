package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code board.partner-member-nomination-unrecorded}: the configuration records who nominated each partner member
 * (Schedule 1B para 8(2) to the NHS Act 2006). Reported for a voting partner member in office with neither
 * nominating bodies ({@code nominatedBy}) nor a nominating constituency. A WARNING: the member may well have been
 * nominated lawfully, but the configuration does not show it.
 */
final class PartnerMemberNominationUnrecordedRule extends MemberTemplate {
  /** Creates the rule. */
  PartnerMemberNominationUnrecordedRule() {
    super(
        "board.partner-member-nomination-unrecorded",
        Severity.WARNING,
        BoardProvisions.paragraph("8", "(2)"),
        "The configuration records who nominated each partner member",
        "Record the nominating bodies (nominatedBy) or the nominating constituency as a whole"
            + " (nominatingConstituency), and the date (nominatedOn).",
        BoardProvisions.PARA_8_2);
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    Optional<PartnerMemberLimb> limb = PartnerMemberLimb.ofSitting(member, context);
    if (limb.isPresent() && member.nominatedBy().isEmpty() && member.nominatingConstituency().isEmpty()) {
      context.report(path, member.id(),
          "Who nominated the partner member " + BoardPaths.named(member) + " is not recorded, so the"
              + " configuration does not show the joint nomination by " + limb.get().description
              + " that NHS Act 2006 Sch. 1B para 8(2)" + limb.get().letter + " requires.");
    }
  }
}
