package io.github.icsmodel.validation.board;

import io.github.icsmodel.identifier.GssCode;
import java.util.Map;

/**
 * {@code board.partner-member-trusts}: at least one ordinary member nominated by the NHS trusts and NHS foundation
 * trusts. Schedule 1B para 8(2) to the NHS Act 2006: "The constitution must provide for the ordinary members to
 * include— (a) at least one member nominated jointly by the NHS trusts and NHS foundation trusts that— (i) provide
 * services for the purposes of the health service within the integrated care board's area, and (ii) are of a
 * prescribed description, ...".
 *
 * <p>The rule checks the recorded nomination against the limb: the nominating bodies' kinds, any stated
 * constituency and, for a trust whose {@code areasServed} the configuration records, whether any of those areas
 * may lie in the ICB's area by its footprint. A nominating trust recorded as serving only areas outside the ICB's
 * area is a breach of para 8(2)(a)(i) (ERROR, at the member's {@code nominatedBy}); one whose areas are not recorded
 * is {@code board.partner-member-trust-area-unrecorded}'s concern (a WARNING). Whether a trust is of a prescribed
 * description is not judged: the regulations are not in the library's sources (UNCONFIRMED).
 */
final class PartnerMemberTrustsRule extends PartnerMemberTemplate {
  /** Creates the rule with no district-to-county lookup. */
  PartnerMemberTrustsRule() {
    this(Map.of());
  }

  /**
   * Creates the rule with a district-to-county lookup (used to find the local authorities of the ICB's area).
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's code
   */
  PartnerMemberTrustsRule(Map<GssCode, GssCode> districtCounties) {
    super("board.partner-member-trusts", PartnerMemberLimb.TRUSTS, districtCounties);
  }
}
