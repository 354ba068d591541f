package io.github.icsmodel.validation;

import static io.github.icsmodel.validation.TestRules.AS_OF;
import static io.github.icsmodel.validation.TestRules.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.system.NationalConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation contracts the engine and the rules rely on: JSON Pointers, rule ids, contexts and rules. */
class ValidationContractsTest {

  @Test
  void json_pointer_round_trips_and_unescapes_rfc_6901() {
    JsonPointer pointer = JsonPointer.of("/a~1b/c~0d/~01");

    assertThat(pointer.tokens()).containsExactly("a/b", "c~d", "~1");
    assertThat(pointer).hasToString("/a~1b/c~0d/~01");
    assertThat(JsonPointer.of(pointer.toString())).isEqualTo(pointer).hasSameHashCodeAs(pointer);
    assertThat(JsonPointer.of("")).isSameAs(JsonPointer.root());
    assertThat(JsonPointer.of("/")).isNotEqualTo(JsonPointer.root());
    assertThat(JsonPointer.of("/").tokens()).containsExactly("");
  }

  @Test
  void json_pointer_refuses_malformed_text() {
    assertThatThrownBy(() -> JsonPointer.of("icb")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> JsonPointer.of("/a~2")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> JsonPointer.of("/a~")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> JsonPointer.root().index(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void json_pointer_equality_and_hashing_distinguish_paths() {
    JsonPointer a = JsonPointer.of("/icb/board");

    assertThat(a).isNotEqualTo(JsonPointer.of("/icb/boards")).isNotEqualTo("/icb/board");
    assertThat(a.hashCode()).isNotEqualTo(JsonPointer.of("/icb/boards").hashCode());
  }

  @Test
  void json_pointer_orders_array_indexes_numerically() {
    List<JsonPointer> pointers = new ArrayList<>(List.of(
        JsonPointer.of("/m/100000000"), JsonPointer.of("/m/10"), JsonPointer.of("/m/99"), JsonPointer.of("/m/b"),
        JsonPointer.of("/m/2"), JsonPointer.of("/m"), JsonPointer.of("/m/a")));
    pointers.sort(null);

    assertThat(pointers).extracting(JsonPointer::toString)
        .containsExactly("/m", "/m/2", "/m/10", "/m/99", "/m/100000000", "/m/a", "/m/b");
  }

  @Test
  void json_pointer_starts_with_itself_and_its_ancestors_only() {
    JsonPointer member = JsonPointer.of("/icb/board/members/2");

    assertThat(member.startsWith(member)).isTrue();
    assertThat(member.startsWith(JsonPointer.of("/icb"))).isTrue();
    assertThat(member.startsWith(JsonPointer.root())).isTrue();
    assertThat(member.startsWith(JsonPointer.of("/icb/board/members/20"))).isFalse();
    assertThat(JsonPointer.of("/icb").startsWith(member)).isFalse();
  }

  @Test
  void rule_ids_have_a_namespace_and_compare_by_text() {
    RuleId id = RuleId.of("board.chair-count");

    assertThat(id.namespace()).isEqualTo("board");
    assertThat(RuleId.of(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    assertThat(id.hashCode()).isNotEqualTo(RuleId.of("board.chair-counts").hashCode());
    assertThat(id).isNotEqualTo("board.chair-count");
    assertThat(id).isLessThan(RuleId.of("board.deputy-chair"));
    assertThatThrownBy(() -> RuleId.of("board")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> RuleId.of("Board.Chair")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_rule_set_hash_depends_on_its_rules() {
    Rule a = TestRules.reporting("local.a", Severity.WARNING);
    Rule b = TestRules.reporting("local.b", Severity.WARNING);

    assertThat(RuleSet.of(a).hashCode()).isNotEqualTo(RuleSet.of(b).hashCode());
  }

  @Test
  void a_context_gives_its_rule_the_subject_date_and_base() {
    Rule rule = TestRules.reporting("local.a", Severity.WARNING);
    RuleContext context = RuleContext.forSystem(rule, system("north"), AS_OF, JsonPointer.of("/systems/3"));

    assertThat(context.asOf()).isEqualTo(AS_OF);
    assertThat(context.base()).isEqualTo(JsonPointer.of("/systems/3"));
    assertThat(context.system().id().toString()).isEqualTo("north");
    assertThatThrownBy(context::national).isInstanceOf(IcsException.class).hasMessageContaining("system scope");

    RuleContext national = RuleContext.forNational(rule, NationalConfiguration.builder().build(), AS_OF);
    assertThat(national.base()).isEqualTo(JsonPointer.root());
    assertThat(national.national().systems()).isEmpty();
  }

  @Test
  void a_context_records_findings_with_the_rules_id_severity_and_basis() {
    Rule rule = TestRules.reporting("local.a", Severity.WARNING);
    RuleContext context = RuleContext.forSystem(rule, system("north"), AS_OF, JsonPointer.root());

    context.report(JsonPointer.of("/icb"), io.github.icsmodel.identifier.LocalId.of("north-icb"), "about the ICB");

    assertThat(context.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(rule.id());
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.basis()).isEqualTo(rule.basis());
      assertThat(f.subject().map(Object::toString)).contains("north-icb");
      assertThat(f.isBlocking()).isFalse();
    });
  }

  @Test
  void a_rule_describes_itself() {
    Rule rule = TestRules.reporting("local.a", Severity.WARNING);

    assertThat(rule).hasToString("local.a (WARNING, " + TestRules.POLICY.citation() + "): Summary of local.a");
    assertThat(rule.quotation()).isEmpty();
    assertThat(rule.scope()).isEqualTo(Scope.SYSTEM);
  }
}
