package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.OrdinaryMemberKind;

/**
 * {@code board.partner-member-trusts}: at least one ordinary member nominated by the NHS trusts and NHS foundation
 * trusts. Schedule 1B para 8(2) to the NHS Act 2006: "The constitution must provide for the ordinary members to
 * include— (a) at least one member nominated jointly by the NHS trusts and NHS foundation trusts that— (i) provide
 * services for the purposes of the health service within the integrated care board's area, and (ii) are of a
 * prescribed description, ...". (The prescribed description is not in the library's sources, so the rule relies on
 * the member's recorded kind, {@code partner-member-trusts}.)
 */
public final class PartnerMemberTrusts extends PartnerMemberRule {
  /** Creates the rule. */
  public PartnerMemberTrusts() {
    super(
        "board.partner-member-trusts",
        "(a)",
        OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS,
        "the NHS trusts and NHS foundation trusts that provide services in the ICB's area");
  }
}
