package io.github.icsmodel.validation.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.board.BoardRules;
import io.github.icsmodel.validation.interest.InterestRules;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

  @Test
  void assembles_every_family_into_rule_set_all() {
    assertThat(BuiltInRules.rules())
        .hasSize(BoardRules.rules().size() + InterestRules.rules().size())
        .hasSize(RuleSet.all().size());
    assertThat(BuiltInRules.rules()).extracting(Rule::id)
        .containsExactlyInAnyOrderElementsOf(RuleSet.all().rules().stream().map(Rule::id).toList());
  }
}
