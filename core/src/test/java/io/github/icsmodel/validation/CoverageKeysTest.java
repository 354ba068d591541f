package io.github.icsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.duty.DutyId;
import org.junit.jupiter.api.Test;

/** The coverage statement's reasons are keyed by duty id, and a key that names no catalogued duty fails fast. */
class CoverageKeysTest {
  @Test
  void a_mistyped_duty_key_fails_fast() {
    // 14Z3O with a letter O: a well-formed id that no catalogued duty has.
    assertThatThrownBy(() -> Coverage.catalogued(ImmutableMap.of(DutyId.of("nhsa2006:14Z3O"), "A reason.")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Coverage names duty nhsa2006:14Z3O, which the duty catalogue does not hold");
  }

  @Test
  void catalogued_keys_pass_and_reach_the_statement() {
    ImmutableMap<DutyId, String> keyed = ImmutableMap.of(DutyId.of("nhsa2006:14Z30"), "A part.");

    assertThat(Coverage.catalogued(keyed)).isSameAs(keyed);
    assertThat(Coverage.builtIn().checkedInPart()).anySatisfy(part -> {
      assertThat(part.duty().id()).isEqualTo(DutyId.of("nhsa2006:14Z30"));
      assertThat(part.reason()).startsWith("Subsections (3)(a) and (c) and (4)");
    });
  }
}
