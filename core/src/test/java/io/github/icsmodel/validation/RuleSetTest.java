package io.github.icsmodel.validation;

import static io.github.icsmodel.validation.TestRules.reporting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private final Rule a = reporting("local.a", Severity.WARNING);
  private final Rule b = reporting("local.b", Severity.ERROR);
  private final Rule c = reporting("other.c", Severity.INFORMATION);

  @Test
  void orders_rules_by_id_whatever_the_order_given() {
    assertThat(RuleSet.of(c, a, b).rules()).containsExactly(a, b, c);
    assertThat(RuleSet.of(List.of(b, c, a)).rules()).containsExactly(a, b, c);
  }

  @Test
  void refuses_two_rules_with_one_id() {
    Rule twin = reporting("local.a", Severity.ERROR);

    assertThatThrownBy(() -> RuleSet.of(a, twin))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("two rules have the id local.a");
    assertThatThrownBy(() -> RuleSet.of(a, b).plus(RuleSet.of(twin)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("local.a");
  }

  @Test
  void keeps_the_same_rule_met_twice_once() {
    Rule sameClassAndContent = reporting("local.a", Severity.WARNING);

    assertThat(RuleSet.of(a, a).rules()).containsExactly(a);
    assertThat(RuleSet.of(a, b).plus(RuleSet.of(a, c)).rules()).containsExactly(a, b, c);
    assertThat(RuleSet.of(a).plus(RuleSet.of(sameClassAndContent)).rules()).singleElement().isSameAs(a);
  }

  @Test
  void refuses_a_different_rule_with_a_clashing_id_and_says_how_to_replace_it() {
    Rule other = new AbstractRule("local.a", Severity.WARNING, a.basis(), "Something else entirely", "Fix it.", null) {
      @Override
      public void check(RuleContext context) {}
    };

    assertThatThrownBy(() -> RuleSet.of(a).plus(RuleSet.of(other)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("two rules have the id local.a but are not the same rule")
        .hasMessageContaining("with(rule)");
    assertThat(RuleSet.of(a).with(other).rules()).containsExactly(other);
  }

  @Test
  void plus_joins_two_sets() {
    assertThat(RuleSet.of(a).plus(RuleSet.of(c, b)).rules()).containsExactly(a, b, c);
    RuleSet set = RuleSet.of(a);
    assertThat(set.plus(RuleSet.empty())).isSameAs(set);
    assertThat(RuleSet.empty().plus(set)).isEqualTo(set);
  }

  @Test
  void with_adds_a_rule_or_replaces_the_rule_of_the_same_id() {
    Rule replacement = reporting("local.a", Severity.INFORMATION);
    RuleSet set = RuleSet.of(a, b);

    assertThat(set.with(c).rules()).containsExactly(a, b, c);
    assertThat(set.with(replacement).rules()).containsExactly(replacement, b);
    assertThat(set.rules()).containsExactly(a, b);
  }

  @Test
  void without_removes_a_rule_and_ignores_an_absent_one() {
    RuleSet set = RuleSet.of(a, b, c);

    assertThat(set.without(RuleId.of("local.b")).rules()).containsExactly(a, c);
    assertThat(set.without(RuleId.of("local.zzz"))).isSameAs(set);
  }

  @Test
  void filter_find_and_size() {
    RuleSet set = RuleSet.of(a, b, c);

    assertThat(set.filter(rule -> rule.id().namespace().equals("local")).rules()).containsExactly(a, b);
    assertThat(set.find(RuleId.of("other.c"))).containsSame(c);
    assertThat(set.find(RuleId.of("other.d"))).isEmpty();
    assertThat(set.size()).isEqualTo(3);
    assertThat(RuleSet.empty().size()).isZero();
    assertThat(RuleSet.of().rules()).isEmpty();
  }

  @Test
  void equality_and_string_form() {
    assertThat(RuleSet.of(a, b)).isEqualTo(RuleSet.of(b, a)).hasSameHashCodeAs(RuleSet.of(b, a));
    assertThat(RuleSet.of(a, b)).isNotEqualTo(RuleSet.of(a)).isNotEqualTo("local.a");
    assertThat(RuleSet.of(a, b)).hasToString("RuleSet[2 rules: local.a, local.b]");
    assertThat(RuleSet.of(a)).hasToString("RuleSet[1 rule: local.a]");
    assertThat(RuleSet.empty()).hasToString("RuleSet[0 rules]");
  }

  @Test
  void rules_list_is_immutable() {
    assertThatThrownBy(() -> RuleSet.of(a).rules().add(b)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void statutory_integrity_and_policy_partition_the_built_in_rules() {
    Set<RuleId> statutory = ids(RuleSet.statutory());
    Set<RuleId> integrity = ids(RuleSet.integrity());
    Set<RuleId> policy = ids(RuleSet.policy());

    assertThat(statutory).isNotEmpty().doesNotContainAnyElementsOf(policy).doesNotContainAnyElementsOf(integrity);
    assertThat(RuleSet.all().size()).isEqualTo(statutory.size() + integrity.size() + policy.size());
    assertThat(RuleSet.statutory().plus(RuleSet.integrity()).plus(RuleSet.policy())).isEqualTo(RuleSet.all());
    assertThat(RuleSet.statutory().rules()).allMatch(rule -> rule.severity() == Severity.ERROR)
        .allMatch(rule -> rule.basis().isStatutory());
    assertThat(integrity).containsExactlyInAnyOrder(
        RuleId.of("structure.references-resolve"), RuleId.of("structure.unique-ids"));
    assertThat(RuleSet.policy().rules()).allMatch(rule -> !rule.severity().isBlocking());
    assertThat(statutory).contains(RuleId.of("board.chair-count"), RuleId.of("interest.registers-kept"));
    assertThat(policy).contains(RuleId.of("board.deputy-chair"));
  }

  @Test
  void every_built_in_rule_has_a_basis_and_a_severity_that_matches_it() {
    for (Rule rule : RuleSet.all().rules()) {
      assertThat(rule.basis()).as(rule.id().toString()).isNotNull();
      assertThat(rule.basis().citation()).as(rule.id().toString()).isNotBlank();
      assertThat(rule.summary()).as(rule.id().toString()).isNotBlank();
      assertThat(rule.remedy()).as(rule.id().toString()).isNotBlank();
      boolean ownFormat = !rule.basis().isStatutory()
          && ((io.github.icsmodel.law.PolicyReference) rule.basis()).publisher().equals("icsmodel");
      if (rule.severity() == Severity.ERROR) {
        assertThat(rule.basis().isStatutory() || ownFormat)
            .as("%s: an ERROR rests on the law, or on the configuration format itself", rule.id())
            .isTrue();
      }
      if (!rule.basis().isStatutory() && !ownFormat) {
        assertThat(rule.severity()).as("%s: policy is never an ERROR", rule.id())
            .isIn(Severity.WARNING, Severity.INFORMATION);
      }
      if (rule.basis().isStatutory()) {
        // WARNING for the law: what the configuration does not show (a fact not recorded, or a "with a view to"
        // aim not shown met), as Severity explains.
        assertThat(rule.severity()).as("%s: the law is an ERROR, a WARNING of what is not shown, or advice", rule.id())
            .isIn(Severity.ERROR, Severity.WARNING, Severity.INFORMATION);
      }
      if (rule.basis().isStatutory()) {
        assertThat(rule.quotation()).as("%s quotes the law", rule.id()).isPresent();
      }
      assertThat(rule.id().namespace()).isNotEqualTo("waiver");
    }
  }

  @Test
  void discovered_finds_providers_through_the_service_loader() {
    RuleSet discovered = RuleSet.discovered();

    assertThat(discovered.rules()).extracting(rule -> rule.id().toString()).containsExactly("local.discovered-rule");
    assertThat(discovered.plus(RuleSet.all()).size()).isEqualTo(RuleSet.all().size() + 1);
  }

  @Test
  void the_module_declares_that_it_uses_rule_providers() throws Exception {
    Path classes = Path.of(RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream descriptor = Files.newInputStream(classes.resolve("module-info.class"))) {
      ModuleDescriptor module = ModuleDescriptor.read(descriptor);
      assertThat(module.name()).isEqualTo("io.github.icsmodel.core");
      assertThat(module.uses()).contains(RuleProvider.class.getName());
    }
  }

  private static Set<RuleId> ids(RuleSet set) {
    return set.rules().stream().map(Rule::id).collect(Collectors.toSet());
  }
}
