package io.github.icsmodel.validation.icp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.validation.Rule;
import java.util.List;
import java.util.Map;

/**
 * The rules on the integrated care partnership and its strategy (Local Government and Public Involvement in
 * Health Act 2007 ss.116ZA and 116ZB).
 */
public final class IcpRules {
  private IcpRules() {}

  /**
   * Returns the rules, without a district-to-county lookup.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return rules(ImmutableMap.of());
  }

  /**
   * Returns the rules, finding the county council of each non-metropolitan district in a footprint through a
   * lookup such as one built from ONS reference data.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's GSS
   *     code
   * @return the rules, in id order
   */
  public static List<Rule> rules(Map<GssCode, GssCode> districtCounties) {
    return ImmutableList.of(
        new EstablishedRule(),
        new IcbMemberRule(),
        new LocalAuthorityMembersRule(districtCounties),
        new MembersUnrecordedRule(),
        new StrategyGivenRule(districtCounties),
        new StrategyInvolvementRule(),
        new StrategyPreparedRule(),
        new StrategyPublishedRule(),
        new StrategyRevisionConsideredRule(),
        new StrategySection75Rule(),
        new StrategyUnrecordedRule(),
        new UnrecordedRule());
  }
}
