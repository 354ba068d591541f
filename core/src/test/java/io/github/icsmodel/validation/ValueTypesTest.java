package io.github.icsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "/icb", "/icb/board/members/3/role", "/a~1b/c~0d", "/", "//x"})
  void json_pointers_round_trip(String text) {
    assertThat(JsonPointer.of(text)).hasToString(text).isEqualTo(JsonPointer.of(text));
  }

  @Test
  void json_pointers_unescape_and_build() {
    JsonPointer pointer = JsonPointer.root().property("a/b").property("c~d").index(2);
    assertThat(pointer.tokens()).containsExactly("a/b", "c~d", "2");
    assertThat(pointer).hasToString("/a~1b/c~0d/2");
    assertThat(pointer.startsWith(JsonPointer.of("/a~1b"))).isTrue();
    assertThat(pointer.startsWith(JsonPointer.of("/c~0d"))).isFalse();
    assertThatThrownBy(() -> JsonPointer.of("icb")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> JsonPointer.of("/a~2")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> JsonPointer.root().index(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void json_pointers_order_array_indexes_numerically() {
    List<String> sorted = List.of("/m/10", "/m/9", "/m", "/a", "/m/2/x").stream()
        .map(JsonPointer::of).sorted().map(JsonPointer::toString).collect(Collectors.toList());
    assertThat(sorted).containsExactly("/a", "/m", "/m/2/x", "/m/9", "/m/10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"board.chair-count", "icp.local-authority-members", "acme.my-rule.v2", "x1.y"})
  void rule_ids_round_trip(String text) {
    RuleId id = RuleId.of(text);
    assertThat(id).hasToString(text).isEqualTo(RuleId.of(text));
    assertThat(id.namespace()).isEqualTo(text.substring(0, text.indexOf('.')));
  }

  @ParameterizedTest
  @ValueSource(strings = {"board", "Board.chair", "board..x", "board.chair_count", ".x", "board.-x"})
  void rule_ids_refuse_other_forms(String text) {
    assertThatThrownBy(() -> RuleId.of(text)).isInstanceOf(InvalidValueException.class).hasMessageContaining("rule id");
  }

  @Test
  void waivers_expire_and_need_a_justification() {
    Waiver waiver = Waiver.builder()
        .rule(RuleId.of("board.deputy-chair"))
        .path(JsonPointer.of("/icb/board"))
        .justification("Deputy chair recruitment under way")
        .approvedBy("ICB board, 12 March 2026")
        .expiresOn(LocalDate.of(2026, 9, 30))
        .build();
    assertThat(waiver.isInForceOn(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(waiver.isInForceOn(LocalDate.of(2026, 10, 1))).isFalse();
    assertThatThrownBy(() -> Waiver.builder().from(waiver).justification(" ").build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void severities_block_from_error_up() {
    assertThat(Severity.INFORMATION.isBlocking()).isFalse();
    assertThat(Severity.WARNING.isBlocking()).isFalse();
    assertThat(Severity.ERROR.isBlocking()).isTrue();
    assertThat(Severity.FATAL.isBlocking()).isTrue();
  }
}
