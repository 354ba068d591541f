package io.github.icsmodel.validation.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.validation.AreaFacts;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code RuleSet.all()} is the built-in families, read from the one list of families. */
class BuiltInRulesTest {
  private static final AreaFacts FACTS = AreaFacts.of(Map.of(), Set.of(GssCode.of("E06000901")));

  @Test
  void assembles_every_family_into_rule_set_all() {
    List<Rule> flattened = BuiltInRules.families(AreaFacts.none()).stream().flatMap(List::stream).toList();

    assertThat(BuiltInRules.rules()).extracting(Rule::id)
        .containsExactlyElementsOf(flattened.stream().map(Rule::id).toList());
    assertThat(BuiltInRules.rules()).hasSize(RuleSet.all().size());
    assertThat(BuiltInRules.rules()).extracting(Rule::id)
        .containsExactlyInAnyOrderElementsOf(RuleSet.all().rules().stream().map(Rule::id).toList());
  }

  @Test
  void the_list_of_england_s_districts_adds_england_coverage() {
    assertThat(RuleSet.all(FACTS).rules()).extracting(rule -> rule.id().toString())
        .containsAll(RuleSet.all().rules().stream().map(rule -> rule.id().toString()).toList())
        .contains("england.coverage").hasSize(RuleSet.all().size() + 1);
    assertThat(RuleSet.all().rules()).extracting(rule -> rule.id().toString()).doesNotContain("england.coverage");
    assertThat(BuiltInRules.families(FACTS)).hasSameSizeAs(BuiltInRules.families(AreaFacts.none()));
  }
}
