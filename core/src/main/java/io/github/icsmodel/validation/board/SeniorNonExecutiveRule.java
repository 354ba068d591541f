package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code board.senior-non-executive}: a non-executive member is "the senior non-executive member". NHS England's
 * updated guidance on ICB constitutions and governance asks ICBs to make one non-executive member "the senior
 * non-executive member", who may be the deputy chair unless they are the audit committee chair (the notes quote
 * only those words verbatim). Policy, not law: a warning. The guidance updates that of 13 May 2022 and its own
 * publication date is not recorded, so the rule applies from 14 May 2022 and its findings say when the guidance came
 * ({@link NhsEnglandPolicy#CONSTITUTION_GUIDANCE}).
 *
 * <p>Each member so designated who is not a voting non-executive member is reported at their designations; if no
 * member is designated, the finding is at {@code /icb/board/members}. A senior non-executive member who is both
 * deputy chair and audit committee chair is reported by {@link DeputyChairRule}, not again here.
 */
final class SeniorNonExecutiveRule extends AbstractRule {
  /** Creates the rule. */
  SeniorNonExecutiveRule() {
    super(
        "board.senior-non-executive",
        Severity.WARNING,
        NhsEnglandPolicy.CONSTITUTION_GUIDANCE,
        "A non-executive member is designated the senior non-executive member",
        "Designate a voting non-executive member as the senior non-executive member (it may be the deputy chair,"
            + " unless they chair the audit committee).",
        "[ICBs are asked to make one non-executive member] \"the senior non-executive member\", [who may be the"
            + " deputy chair unless they are the audit committee chair]");
  }

  /** The updated guidance's publication date is not recorded; it came after 13 May 2022. */
  @Override
  public Optional<StartDate> startDate() {
    return Optional.of(NhsEnglandPolicy.CONSTITUTION_GUIDANCE_START);
  }

  @Override
  public void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    boolean designated = false;
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!member.holds(Designation.SENIOR_NON_EXECUTIVE_MEMBER)) {
        continue;
      }
      designated = true;
      List<String> reasons = BoardPaths.whyNotAVotingNonExecutive(member);
      if (!reasons.isEmpty()) {
        context.report(BoardPaths.member(context, i).property("designations"), member.id(),
            "The senior non-executive member " + member.id() + " " + String.join(" and ", reasons) + "; "
                + NhsEnglandPolicy.CONSTITUTION_GUIDANCE_NAME + " asks for a non-executive member.");
      }
    }
    if (!designated) {
      context.report(BoardPaths.members(context),
          "No member of the board is designated the senior non-executive member, as "
              + NhsEnglandPolicy.CONSTITUTION_GUIDANCE_NAME + " asks.");
    }
  }
}
