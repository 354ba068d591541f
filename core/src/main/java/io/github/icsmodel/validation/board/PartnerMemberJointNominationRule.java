package io.github.icsmodel.validation.board;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.area.IcbArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code board.partner-member-joint-nomination}: a partner member's nomination is joint. Schedule 1B para 8(2) to
 * the NHS Act 2006 requires each partner member to be "nominated jointly by" the trusts (a), the providers of
 * primary medical services (b) or the local authorities (c) of the ICB's area.
 *
 * <p>Reported for a voting partner member in office whose nomination lists nominating bodies (and states no
 * constituency as a whole) that leave out a body of the configuration belonging to the limb's constituency: a trust
 * or foundation trust (a), a provider of primary medical services (b), or a responsible local authority of the area
 * (c). A WARNING, not an ERROR, because membership of the constituency is not fully knowable from the library's
 * sources: for (a) and (b) only trusts and providers "of a prescribed description" nominate, and the regulations
 * prescribing it are not in the sources (UNCONFIRMED); for (c) the meaning of "local authority" (s.2B(5)) was not
 * retrieved (UNCONFIRMED). The finding says so. Nominating bodies of the wrong kind are the limb rule's concern.
 */
final class PartnerMemberJointNominationRule extends AbstractRule {
  private final ImmutableMap<GssCode, GssCode> districtCounties;

  /** Creates the rule with no district-to-county lookup. */
  PartnerMemberJointNominationRule() {
    this(Map.of());
  }

  /**
   * Creates the rule with a district-to-county lookup (used to find the local authorities of the ICB's area).
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's code
   */
  PartnerMemberJointNominationRule(Map<GssCode, GssCode> districtCounties) {
    super(
        "board.partner-member-joint-nomination",
        Severity.WARNING,
        BoardProvisions.paragraph("8", "(2)"),
        "Each partner member's recorded nomination is joint, by the whole of the limb's constituency",
        "Record every body that joined in the nomination, or state the nominating constituency as a whole"
            + " (nominatingConstituency); if a body was left out, the constituency should nominate jointly.",
        BoardProvisions.PARA_8_2);
    this.districtCounties = ImmutableMap.copyOf(districtCounties);
  }

  @Override
  public void check(RuleContext context) {
    IcbArea area = PartnerMemberLimb.area(context, districtCounties);
    // Each limb's constituency is found once per validation, not once per partner member.
    Map<PartnerMemberLimb, List<Organisation>> constituencies = new EnumMap<>(PartnerMemberLimb.class);
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      Optional<PartnerMemberLimb> limb = PartnerMemberLimb.ofSitting(member, context);
      if (limb.isEmpty() || member.nominatedBy().isEmpty() || member.nominatingConstituency().isPresent()) {
        continue;
      }
      if (!limb.get().misfits(member, context, area).isEmpty()) {
        continue;
      }
      List<String> leftOut = new ArrayList<>();
      for (Organisation organisation : constituencies.computeIfAbsent(limb.get(),
          l -> l.constituency(context, area))) {
        if (!member.nominatedBy().contains(organisation.id())) {
          leftOut.add(BoardPaths.describe(organisation));
        }
      }
      if (!leftOut.isEmpty()) {
        context.report(BoardPaths.member(context, i).property("nominatedBy"), member.id(),
            "The configuration does not show that the partner member " + BoardPaths.named(member) + " was"
                + " nominated jointly by " + limb.get().constituencyWords + ": the recorded nomination leaves out "
                + String.join(", ", leftOut) + ". NHS Act 2006 Sch. 1B para 8(2)" + limb.get().letter
                + " requires a joint nomination; " + limb.get().unconfirmed + ".");
      }
    }
  }
}
