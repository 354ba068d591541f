package io.github.icsmodel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Quotations taken from the duty catalogue: whole texts, limbs, subsections, and refusals of texts not held. */
class StatuteTest {
  @Test
  void a_limb_is_quoted_on_one_line() {
    assertThat(Statute.text("nhsa2006:14Z30(1)")).isEqualTo(
        "(1) Each integrated care board must maintain one or more registers of the interests of— (a) members of the"
            + " board, (b) members of its committees or sub-committees, and (c) its employees.");
  }

  @Test
  void a_subsection_runs_to_the_next_numbered_line() {
    assertThat(Statute.subsection("nhsa2006:14Z52", "3")).isEqualTo(
        "(3) The integrated care board and its partner NHS trusts and NHS foundation trusts must publish the plan.");
    assertThat(Statute.subsection("nhsa2006:14Z52", "4")).startsWith("(4) ").contains(" (c) NHS England.")
        .doesNotContain("(5)");
  }

  @Test
  void a_text_held_for_one_subsection_is_led_by_its_number() {
    assertThat(Statute.numbered("nhsa2006:72"))
        .isEqualTo("(1) It is the duty of NHS bodies to co-operate with each other in exercising their functions.");
  }

  @Test
  void a_text_the_catalogue_does_not_hold_is_refused() {
    assertThatThrownBy(() -> Statute.text("nhsa2006:14Z25"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the duty catalogue holds no text of nhsa2006:14Z25");
    assertThatThrownBy(() -> Statute.subsection("nhsa2006:14Z52", "99"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the text of nhsa2006:14Z52 in the duty catalogue has no (99)");
    assertThatThrownBy(() -> Statute.numbered("nhsa2006:14Z29"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is a whole section");
  }
}
