package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.OrdinaryMemberKind;

/**
 * {@code board.partner-member-local-authorities}: at least one ordinary member nominated by the local authorities.
 * Schedule 1B para 8(2) to the NHS Act 2006: "The constitution must provide for the ordinary members to include—
 * ... (c) at least one member nominated jointly by the local authorities whose areas coincide with, or include the
 * whole or any part of, the integrated care board's area." The rule relies on the member's recorded kind,
 * {@code partner-member-local-authorities}.
 */
public final class PartnerMemberLocalAuthorities extends PartnerMemberRule {
  /** Creates the rule. */
  public PartnerMemberLocalAuthorities() {
    super(
        "board.partner-member-local-authorities",
        "(c)",
        OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES,
        "the local authorities whose areas coincide with or overlap the ICB's area");
  }
}
