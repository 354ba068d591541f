package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code board.mental-health-expertise}: the configuration shows an ordinary member with knowledge and experience
 * of mental health services. Schedule 1B para 8(6) to the NHS Act 2006: "The chair must exercise the approval
 * function mentioned in sub-paragraph (1)(b) with a view to ensuring that at least one of the ordinary members has
 * knowledge and experience in connection with services relating to the prevention, diagnosis and treatment of
 * mental illness."
 *
 * <p>Para 8(6) is a duty on the chair about how the chair exercises the approval function, not a rule that the board
 * must at every moment include such a member: a board without one is not thereby unlawful. So the rule is a
 * WARNING, worded as what the configuration does not show. It is reported when no voting ordinary member in office
 * is recorded as having that knowledge and experience: either every one is recorded as not having it, or some are
 * not recorded either way (the message says which). Only voting ordinary members in office count; the chair and
 * the chief executive do not.
 */
final class MentalHealthExpertiseRule extends AbstractRule {
  /** Creates the rule. */
  MentalHealthExpertiseRule() {
    super(
        "board.mental-health-expertise",
        Severity.WARNING,
        BoardProvisions.paragraph("8", "(6)"),
        "The configuration shows an ordinary member with knowledge and experience of services for the prevention,"
            + " diagnosis and treatment of mental illness: the aim with which the chair approves appointments",
        "Record mentalHealthExpertise for the ordinary members; if none has that knowledge and experience, the"
            + " chair should exercise the approval function with a view to ensuring that one has.",
        BoardProvisions.PARA_8_6);
  }

  @Override
  public void check(RuleContext context) {
    int unrecorded = 0;
    for (BoardMember member : BoardPaths.boardOf(context).members()) {
      if (!BoardPaths.sits(member, context) || member.role() != MemberRole.ORDINARY_MEMBER) {
        continue;
      }
      Optional<Boolean> expertise = member.mentalHealthExpertise();
      if (expertise.equals(Optional.of(true))) {
        return;
      }
      if (expertise.isEmpty()) {
        unrecorded++;
      }
    }
    String aim = " NHS Act 2006 Sch. 1B para 8(6) directs the chair to exercise the approval of ordinary members"
        + " with a view to ensuring that at least one has it.";
    if (unrecorded == 0) {
      context.report(BoardPaths.members(context),
          "No voting ordinary member is recorded as having knowledge and experience of services relating to the"
              + " prevention, diagnosis and treatment of mental illness." + aim);
    } else {
      context.report(BoardPaths.members(context),
          "The configuration does not show that any voting ordinary member has knowledge and experience of"
              + " services relating to the prevention, diagnosis and treatment of mental illness: it is not"
              + " recorded for " + unrecorded + " of them." + aim);
    }
  }
}
