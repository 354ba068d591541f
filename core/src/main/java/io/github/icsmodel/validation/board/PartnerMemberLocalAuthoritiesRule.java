package io.github.icsmodel.validation.board;

import io.github.icsmodel.identifier.GssCode;
import java.util.Map;

/**
 * {@code board.partner-member-local-authorities}: at least one ordinary member nominated by the local authorities.
 * Schedule 1B para 8(2) to the NHS Act 2006: "The constitution must provide for the ordinary members to include—
 * ... (c) at least one member nominated jointly by the local authorities whose areas coincide with, or include the
 * whole or any part of, the integrated care board's area."
 *
 * <p>The rule checks the recorded nomination against the limb: the nominating bodies' kinds (and, for local
 * authorities, their areas) and any stated constituency. It cannot judge whether a body is of a prescribed description or
 * provides services within the area, which the configuration does not record.
 */
final class PartnerMemberLocalAuthoritiesRule extends PartnerMemberTemplate {
  /** Creates the rule with no district-to-county lookup. */
  PartnerMemberLocalAuthoritiesRule() {
    this(Map.of());
  }

  /**
   * Creates the rule with a district-to-county lookup (used to find the local authorities of the ICB's area).
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's code
   */
  PartnerMemberLocalAuthoritiesRule(Map<GssCode, GssCode> districtCounties) {
    super("board.partner-member-local-authorities", PartnerMemberLimb.LOCAL_AUTHORITIES, districtCounties);
  }
}
