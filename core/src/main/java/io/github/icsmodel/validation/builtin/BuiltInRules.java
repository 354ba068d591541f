package io.github.icsmodel.validation.builtin;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.AreaFacts;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.board.BoardRules;
import io.github.icsmodel.validation.cluster.ClusterRules;
import io.github.icsmodel.validation.constitution.ConstitutionRules;
import io.github.icsmodel.validation.cooperation.CooperationRules;
import io.github.icsmodel.validation.duties.DutyRules;
import io.github.icsmodel.validation.england.EnglandRules;
import io.github.icsmodel.validation.icb.IcbRules;
import io.github.icsmodel.validation.icp.IcpRules;
import io.github.icsmodel.validation.inequality.InequalityRules;
import io.github.icsmodel.validation.interest.InterestRules;
import io.github.icsmodel.validation.plans.PlanRules;
import io.github.icsmodel.validation.purposes.PurposeRules;
import io.github.icsmodel.validation.structure.StructureRules;
import java.util.List;

/**
 * The library's built-in rules, family by family: the one place where {@code RuleSet.all()} learns of them. Not
 * API: this package is not exported.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * Returns every built-in rule, in no particular order ({@code RuleSet} orders them by id and refuses two rules
   * with one id).
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return rules(AreaFacts.none());
  }

  /**
   * Returns every built-in rule, those that can use them drawing on facts about England's geography.
   *
   * @param facts the facts
   * @return the rules
   */
  public static List<Rule> rules(AreaFacts facts) {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    families(facts).forEach(rules::addAll);
    return rules.build();
  }

  /**
   * Returns the built-in rules family by family, each family's list as its {@code XxxRules} class gives it: the one
   * list of families, which {@link #rules(AreaFacts)} and the tests read.
   *
   * @param facts the facts about England's geography
   * @return the families' lists
   */
  public static List<List<Rule>> families(AreaFacts facts) {
    return ImmutableList.<List<Rule>>builder()
        // The ICB in time: established, not yet, or dissolved (s.14Z25).
        .add(IcbRules.rules(facts))
        // The board of the ICB and its committees: Schedule 1B to the NHS Act 2006 and NHS England policy.
        .add(BoardRules.rules(facts.districtCounties()))
        // The constitution: s.14Z29 of the NHS Act 2006.
        .add(ConstitutionRules.rules())
        // Conflicts of interest: s.14Z30 of the NHS Act 2006.
        .add(InterestRules.rules())
        // The integrated care partnership and its strategy: ss.116ZA and 116ZB of the 2007 Act.
        .add(IcpRules.rules(facts.districtCounties()))
        // Duty assurance, and both limbs of s.14Z35.
        .add(DutyRules.rules())
        // Plans and reports: ss.14Z52, 14Z56 and 14Z58.
        .add(PlanRules.rules(facts.districtCounties()))
        // Co-operation: ss.72 and 82.
        .add(CooperationRules.rules())
        // The four core purposes (NHS England).
        .add(PurposeRules.rules())
        // Measuring inequalities: s.14Z35 and NHS England's statement under s.13SA.
        .add(InequalityRules.rules())
        // Structure: ids, references, places, provider collaboratives.
        .add(StructureRules.rules())
        // Clusters of ICBs: shared posts held at each ICB (Sch. 1B paras 3 and 7).
        .add(ClusterRules.rules())
        // England as a whole: s.14Z25(3) and (4).
        .add(facts.englandDistricts().isEmpty() ? EnglandRules.rules()
            : EnglandRules.rules(facts.englandDistricts()))
        .build();
  }
}
