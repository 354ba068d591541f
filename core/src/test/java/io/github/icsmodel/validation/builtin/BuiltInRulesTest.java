package io.github.icsmodel.validation.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleSet;
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
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

  @Test
  void assembles_every_family_into_rule_set_all() {
    assertThat(BuiltInRules.rules())
        .hasSize(ConstitutionRules.rules().size() + BoardRules.rules().size() + InterestRules.rules().size() + IcpRules.rules().size()
            + DutyRules.rules().size() + PlanRules.rules().size() + CooperationRules.rules().size()
            + PurposeRules.rules().size() + InequalityRules.rules().size() + StructureRules.rules().size() + EnglandRules.rules().size()
            + IcbRules.rules().size() + ClusterRules.rules().size())
        .hasSize(RuleSet.all().size());
    assertThat(BuiltInRules.rules()).extracting(Rule::id)
        .containsExactlyInAnyOrderElementsOf(RuleSet.all().rules().stream().map(Rule::id).toList());
  }
}
