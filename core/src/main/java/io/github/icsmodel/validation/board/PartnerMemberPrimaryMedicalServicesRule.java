package io.github.icsmodel.validation.board;

import io.github.icsmodel.identifier.GssCode;
import java.util.Map;

/**
 * {@code board.partner-member-primary-medical-services}: at least one ordinary member nominated by the providers of
 * primary medical services. Schedule 1B para 8(2) to the NHS Act 2006: "The constitution must provide for the
 * ordinary members to include— ... (b) at least one member nominated jointly by persons who— (i) provide primary
 * medical services for the purposes of the health service within the integrated care board's area, and (ii) are of
 * a prescribed description, ...". (The prescribed description is in regulations not in the library's sources: UNCONFIRMED.)
 *
 * <p>The rule checks the recorded nomination against the limb: the nominating bodies' kinds (and, for local
 * authorities, their areas) and any stated constituency. It cannot judge whether a body is of a prescribed description or
 * provides services within the area, which the configuration does not record.
 */
final class PartnerMemberPrimaryMedicalServicesRule extends PartnerMemberTemplate {
  /** Creates the rule with no district-to-county lookup. */
  PartnerMemberPrimaryMedicalServicesRule() {
    this(Map.of());
  }

  /**
   * Creates the rule with a district-to-county lookup (used to find the local authorities of the ICB's area).
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's code
   */
  PartnerMemberPrimaryMedicalServicesRule(Map<GssCode, GssCode> districtCounties) {
    super("board.partner-member-primary-medical-services", PartnerMemberLimb.PRIMARY_MEDICAL_SERVICES, districtCounties);
  }
}
