package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.NoQuotation;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code board.deputy-chair}: a non-executive member, not the audit committee chair, is deputy chair. NHS England's
 * updated guidance on ICB constitutions and governance asks ICBs to make one non-executive member (not the audit
 * committee chair) deputy chair (the library's legal sources paraphrase the guidance; they hold no verbatim text). Policy,
 * not law: a warning. The guidance updates that of 13 May 2022 and its own publication date is not recorded, so the
 * rule applies from 14 May 2022 and its findings say when the guidance came ({@link
 * NhsEnglandPolicy#CONSTITUTION_GUIDANCE}).
 *
 * <p>The audit committee chair is a member designated {@code audit-committee-chair} or named as chair of a committee
 * of kind {@code audit}. Each member designated deputy chair who does not qualify (a non-voting participant, not a
 * non-executive member, or the audit committee chair) is reported at their designations; if no member is designated
 * at all, the finding is at {@code /icb/board/members}.
 */
@NoQuotation(
    "The library's sources paraphrase NHS England's constitution guidance; they hold no verbatim text of it.")
final class DeputyChairRule extends AbstractRule {
  /** Creates the rule. */
  DeputyChairRule() {
    super(
        "board.deputy-chair",
        Severity.WARNING,
        NhsEnglandPolicy.CONSTITUTION_GUIDANCE,
        "A non-executive member who is not the audit committee chair is deputy chair",
        "Designate a voting non-executive member other than the audit committee chair as deputy chair.",
        null);
  }

  /** The updated guidance's publication date is not recorded; it came after 13 May 2022. */
  @Override
  public Optional<StartDate> startDate() {
    return Optional.of(NhsEnglandPolicy.CONSTITUTION_GUIDANCE_START);
  }

  @Override
  public void check(RuleContext context) {
    Set<LocalId> auditChairs = BoardPaths.auditCommitteeChairs(context);
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    boolean designated = false;
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!member.holds(Designation.DEPUTY_CHAIR)) {
        continue;
      }
      designated = true;
      List<String> reasons = BoardPaths.whyNotAVotingNonExecutive(member);
      if (auditChairs.contains(member.id())) {
        reasons.add("chairs the audit committee");
      }
      if (!reasons.isEmpty()) {
        context.report(BoardPaths.member(context, i).property("designations"), member.id(),
            "The deputy chair " + member.id() + " " + String.join(" and ", reasons) + "; "
                + NhsEnglandPolicy.CONSTITUTION_GUIDANCE_NAME + " asks for a non-executive member who is not the"
                + " audit committee chair.");
      }
    }
    if (!designated) {
      context.report(BoardPaths.members(context),
          "No member of the board is designated deputy chair; " + NhsEnglandPolicy.CONSTITUTION_GUIDANCE_NAME
              + " asks for a non-executive member, not the audit committee chair, to be deputy chair.");
    }
  }
}
