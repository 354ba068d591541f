package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.OrdinaryMemberKind;

/**
 * {@code board.partner-member-primary-medical-services}: at least one ordinary member nominated by the providers of
 * primary medical services. Schedule 1B para 8(2) to the NHS Act 2006: "The constitution must provide for the
 * ordinary members to include— ... (b) at least one member nominated jointly by persons who— (i) provide primary
 * medical services for the purposes of the health service within the integrated care board's area, and (ii) are of
 * a prescribed description, ...". (The prescribed description is not in the library's sources, so the rule relies
 * on the member's recorded kind, {@code partner-member-primary-medical-services}.)
 */
public final class PartnerMemberPrimaryMedicalServices extends PartnerMemberRule {
  /** Creates the rule. */
  public PartnerMemberPrimaryMedicalServices() {
    super(
        "board.partner-member-primary-medical-services",
        "(b)",
        OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES,
        "the providers of primary medical services in the ICB's area");
  }
}
