package io.github.icsmodel.validation.icp;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.area.IcbArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code icp.local-authority-members}: one member of the integrated care partnership is appointed by each
 * responsible local authority whose area coincides with or falls wholly or partly within the ICB's area. Enforces
 * s.116ZA(2)(b) of the Local Government and Public Involvement in Health Act 2007, read with s.116ZA(1):
 *
 * <blockquote>(1) An integrated care board and each responsible local authority whose area coincides with or
 * falls wholly or partly within the board's area must establish a joint committee for the board's area (an
 * "integrated care partnership").
 *
 * <p>(2) The integrated care partnership for an area is to consist of— (a) one member appointed by the integrated
 * care board, (b) one member appointed by each of the responsible local authorities, and (c) any members
 * appointed by the integrated care partnership.</blockquote>
 *
 * <p>The responsible local authorities are worked out by {@link IcbArea}: each footprint authority of a
 * responsible type (s.103), and the county council of each non-metropolitan district in the footprint where the
 * configuration identifies it (the county council in the footprint, or found through the district-to-county lookup
 * given to the constructor, if that county council is in the configuration). A district in a county with a county
 * council is not itself responsible, but its county council's area then falls partly within the ICB's area, so
 * that county council must appoint a member. Where a district's county council cannot be identified, the rule
 * reports only what is certain: if no county council at all has appointed a member, the district's has not.
 *
 * <p>A partnership with no member recorded, in a configuration that does not name
 * {@code "integrated-care-partnership-members"} among its {@code recordedSections}, is silent on its members:
 * {@link MembersUnrecordedRule} says so, and this rule states no breach.
 *
 * <p>Findings, all ERROR: each responsible local authority that appoints no member (at {@code /icp/members},
 * naming it); each member beyond the first appointed by the same authority (at the member); each member recorded
 * as appointed under s.116ZA(2)(b) by a local authority that is not a responsible local authority, or whose area
 * lies outside the ICB's area (at the member's {@code appointingAuthority}). References that resolve to no local
 * authority are left to {@code structure.references-resolve}.
 */
final class LocalAuthorityMembersRule extends AbstractRule {
  private final ImmutableMap<GssCode, GssCode> districtCounties;

  /** Creates the rule with no district-to-county lookup. */
  LocalAuthorityMembersRule() {
    this(ImmutableMap.of());
  }

  /**
   * Creates the rule with a district-to-county lookup, such as one built from ONS reference data.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's GSS
   *     code
   */
  LocalAuthorityMembersRule(Map<GssCode, GssCode> districtCounties) {
    super(
        "icp.local-authority-members",
        Severity.ERROR,
        IcpProvisions.section116za("(2)(b)"),
        "One member of the integrated care partnership is appointed by each responsible local authority in the"
            + " ICB's area",
        "Record, for each responsible local authority whose area falls wholly or partly within the ICB's area,"
            + " one ICP member with appointedBy responsible-local-authority and its id as appointingAuthority.",
        IcpProvisions.S116ZA_1 + " " + IcpProvisions.S116ZA_2);
    this.districtCounties = ImmutableMap.copyOf(districtCounties);
  }


  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Optional<IntegratedCarePartnership> icp = system.icp();
    if (icp.isEmpty() || !system.records(RecordedSection.INTEGRATED_CARE_PARTNERSHIP_MEMBERS)) {
      return;
    }
    JsonPointer membersPath = context.base().property("icp").property("members");
    List<IcpMember> members = icp.get().members();
    Map<LocalId, List<Integer>> appointedBy = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      IcpMember member = members.get(i);
      if (member.appointedBy() == IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY) {
        int index = i;
        member.appointingAuthority()
            .ifPresent(authority -> appointedBy.computeIfAbsent(authority, a -> new ArrayList<>()).add(index));
      }
    }
    IcbArea area = IcbArea.of(system, districtCounties);

    for (Organisation authority : area.responsibleAuthorities().values()) {
      if (!authority.existsOn(context.asOf())) {
        continue;
      }
      List<Integer> appointed = appointedBy.get(authority.id());
      if (appointed == null) {
        context.report(
            membersPath,
            authority.id(),
            "No member of the integrated care partnership is appointed by " + IcpProvisions.describe(authority)
                + ", a responsible local authority whose area falls within the ICB's area: s.116ZA(2)(b) provides"
                + " for one member appointed by each.");
      } else if (appointed.size() > 1) {
        String ids = appointed.stream().map(i -> members.get(i).id().toString()).collect(Collectors.joining(", "));
        for (int k = 1; k < appointed.size(); k++) {
          IcpMember extra = members.get(appointed.get(k));
          context.report(
              membersPath.index(appointed.get(k)),
              extra.id(),
              IcpProvisions.describe(authority) + " appoints " + appointed.size() + " members (" + ids
                  + "): s.116ZA(2)(b) provides for one member appointed by each responsible local authority;"
                  + " record the others as appointed by the partnership (s.116ZA(2)(c)).");
        }
      }
    }

    Optional<String> districts = IcpPaths.districtsOfAnUnnamedCountyCouncil(area, appointedBy.keySet(), system);
    if (districts.isPresent()) {
      context.report(
          membersPath,
          "No member of the integrated care partnership is appointed by a county council, but the footprint"
              + " includes " + districts.get() + ", in a county with a county council: that county council is a"
              + " responsible local authority whose area falls partly within the ICB's area, and must appoint"
              + " one member (s.116ZA(2)(b)).");
    }

    Map<LocalId, Organisation> organisations = system.organisationsById();

    for (Map.Entry<LocalId, List<Integer>> entry : appointedBy.entrySet()) {
      Organisation authority = organisations.get(entry.getKey());
      if (authority == null || !authority.isLocalAuthority()) {
        continue;
      }
      String problem;
      if (!authority.isResponsibleLocalAuthority()) {
        problem = IcpProvisions.describe(authority) + " is not a responsible local authority (s.103: a district"
            + " in a county with a county council), so it does not appoint a member under s.116ZA(2)(b);"
            + " record the member as appointed by the partnership (s.116ZA(2)(c)).";
      } else if (!area.mayInclude(authority)) {
        problem = IcpProvisions.describe(authority) + " is a responsible local authority whose area is not in the"
            + " ICB's footprint, so it is not one of the authorities that appoint under s.116ZA(2)(b).";
      } else {
        continue;
      }
      for (int index : entry.getValue()) {
        context.report(
            membersPath.index(index).property("appointingAuthority"), members.get(index).id(), problem);
      }
    }
  }
}
