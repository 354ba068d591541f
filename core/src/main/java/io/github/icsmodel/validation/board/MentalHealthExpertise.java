package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.validation.Severity;

/**
 * {@code board.mental-health-expertise}: at least one ordinary member has knowledge and experience of mental
 * health services. Schedule 1B para 8(6) to the NHS Act 2006: "The chair must exercise the approval function
 * mentioned in sub-paragraph (1)(b) with a view to ensuring that at least one of the ordinary members has knowledge
 * and experience in connection with services relating to the prevention, diagnosis and treatment of mental
 * illness." The duty is the chair's; the rule checks its outcome. Only voting ordinary members count; the chair and
 * the chief executive do not.
 */
public final class MentalHealthExpertise extends AtLeastRule {
  /** Creates the rule. */
  public MentalHealthExpertise() {
    super(
        "board.mental-health-expertise",
        Severity.ERROR,
        Schedule1B.paragraph("8", "(6)"),
        "At least one ordinary member has knowledge and experience of services for the prevention, diagnosis and"
            + " treatment of mental illness",
        "Record which voting ordinary member has that knowledge and experience, or appoint one who has.",
        Schedule1B.PARA_8_6,
        1);
  }

  @Override
  boolean counts(BoardMember member) {
    return member.role() == MemberRole.ORDINARY_MEMBER && member.mentalHealthExpertise();
  }

  @Override
  String shortfall(int found) {
    return "No voting ordinary member is recorded as having knowledge and experience of services relating to the"
        + " prevention, diagnosis and treatment of mental illness; NHS Act 2006 Sch. 1B para 8(6) requires the"
        + " chair to ensure at least one has.";
  }
}
