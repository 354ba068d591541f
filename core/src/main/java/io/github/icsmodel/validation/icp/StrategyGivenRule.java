package io.github.icsmodel.validation.icp;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.area.IcbArea;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code icp.strategy-given}: a copy of the integrated care strategy was given to each responsible local
 * authority in the area and to the ICB. Enforces s.116ZB(7)(b) of the Local Government and Public Involvement in
 * Health Act 2007:
 *
 * <blockquote>(7) An integrated care partnership must— (a) publish each integrated care strategy, and (b) give a
 * copy of each integrated care strategy to— (i) each responsible local authority whose area coincides with or
 * falls wholly or partly within its area, and (ii) each partner integrated care board of those responsible local
 * authorities.</blockquote>
 *
 * <p>The system's ICB is a partner integrated care board of each responsible local authority in its area
 * (s.116(9): "any integrated care board whose area coincides with or falls wholly or partly within the area of the
 * authority"). Other ICBs that partner a split authority are outside a single system's configuration and are not
 * checked. Responsible local authorities are found as {@code icp.local-authority-members} finds them ({@link
 * IcbArea}). ERROR, one finding per missing recipient at {@code /icp/strategy/givenTo}. Silent when there is no
 * prepared strategy.
 */
final class StrategyGivenRule extends StrategyTemplate {
  private final ImmutableMap<GssCode, GssCode> districtCounties;

  /** Creates the rule with no district-to-county lookup. */
  StrategyGivenRule() {
    this(ImmutableMap.of());
  }

  /**
   * Creates the rule with a district-to-county lookup.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's GSS
   *     code
   */
  StrategyGivenRule(Map<GssCode, GssCode> districtCounties) {
    super(
        "icp.strategy-given",
        IcpProvisions.section116zb("(7)(b)"),
        "The integrated care strategy was given to each responsible local authority in the area and to the ICB",
        "Give a copy of the strategy to each responsible local authority and to the ICB, and record them in"
            + " givenTo.",
        IcpProvisions.S116ZB_7);
    this.districtCounties = ImmutableMap.copyOf(districtCounties);
  }

  @Override
  void check(RuleContext context, IntegratedCareStrategy strategy, JsonPointer strategyPath) {
    IntegratedCareSystem system = context.system();
    Set<LocalId> givenTo = strategy.givenTo();
    JsonPointer path = strategyPath.property("givenTo");
    if (!givenTo.contains(system.icb().id())) {
      context.report(
          path,
          system.icb().id(),
          "The integrated care strategy " + strategy.id() + " was not given to " + system.icb().name() + " ("
              + system.icb().id() + "), a partner integrated care board of the responsible local authorities"
              + " (s.116ZB(7)(b)(ii)).");
    }
    IcbArea area = IcbArea.of(system, districtCounties);
    for (Organisation authority : area.responsibleAuthorities().values()) {
      if (authority.existsOn(context.asOf()) && !givenTo.contains(authority.id())) {
        context.report(
            path,
            authority.id(),
            "The integrated care strategy " + strategy.id() + " was not given to "
                + IcpProvisions.describe(authority) + ", a responsible local authority whose area falls within the"
                + " partnership's area (s.116ZB(7)(b)(i)).");
      }
    }
    Optional<String> districts = IcpPaths.districtsOfAnUnnamedCountyCouncil(area, givenTo, system);
    if (districts.isPresent()) {
      context.report(
          path,
          strategy.id(),
          "The integrated care strategy " + strategy.id() + " was given to no county council, but the footprint"
              + " includes " + districts.get() + ", in a county with a county council: that county council is a"
              + " responsible local authority whose area falls partly within the partnership's area"
              + " (s.116ZB(7)(b)(i)).");
    }
  }
}
