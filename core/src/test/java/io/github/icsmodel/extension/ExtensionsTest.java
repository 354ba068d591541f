package io.github.icsmodel.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionsTest {

  @Test
  @SuppressWarnings("unchecked")
  void copies_json_values_deeply_and_immutably() {
    List<Object> list = new ArrayList<>(List.of("a", BigDecimal.ONE));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("flag", true);
    nested.put("nothing", null);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("list", list);
    source.put("nested", nested);
    Extensions extensions = Extensions.of(source);
    list.add("later");
    assertThat((List<Object>) extensions.values().get("list")).containsExactly("a", BigDecimal.ONE);
    assertThat(((Map<?, ?>) extensions.values().get("nested")).get("nothing")).isSameAs(Extensions.NULL);
    assertThatThrownBy(() -> extensions.values().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equality_is_structural() {
    Map<String, Object> a = new HashMap<>(Map.of("ref", "B-12", "n", new BigDecimal("1.50")));
    assertThat(Extensions.of(a)).isEqualTo(Extensions.of(Map.of("n", new BigDecimal("1.50"), "ref", "B-12")));
    assertThat(Extensions.of(Map.of())).isSameAs(Extensions.empty());
    assertThat(Extensions.empty().isEmpty()).isTrue();
  }

  @Test
  void refuses_values_that_are_not_json() {
    assertThatThrownBy(() -> Extensions.of(Map.of("when", java.time.LocalDate.of(2024, 1, 1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("extensions/when")
        .hasMessageContaining("not a JSON value");
    assertThatThrownBy(() -> Extensions.of(Map.of("n", 3)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("BigDecimal");
  }
}
