package io.github.icsmodel.textio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One "did you mean": the reader's nearest spelling and the tool's close rule ids. */
class SuggestionsTest {

  @Test
  void distance_counts_an_adjacent_transposition_as_one_edit() {
    assertThat(Suggestions.distance("chair", "chiar")).isEqualTo(1);
    assertThat(Suggestions.distance("chair", "chair")).isZero();
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void nearest_is_the_same_name_ignoring_case_and_separators_or_within_a_third_of_its_length() {
    List<String> roles = List.of("chair", "chief-executive", "ordinary-member", "participant");

    assertThat(Suggestions.nearest("chiar", roles)).contains("chair");
    assertThat(Suggestions.nearest("CHIEF_EXECUTIVE", roles)).contains("chief-executive");
    assertThat(Suggestions.nearest("ordinary member", roles)).contains("ordinary-member");
    assertThat(Suggestions.nearest("president", roles)).isEmpty();
    assertThat(Suggestions.nearest("x".repeat(101), roles)).isEmpty();
    assertThat(Suggestions.nearest("chair", List.of())).isEmpty();
  }

  @Test
  void close_gives_a_family_by_its_start_or_else_the_near_ids_nearest_first() {
    List<String> ids = List.of("plan.jfp-exists", "plan.jfp-given", "board.chair-count");

    assertThat(Suggestions.close("plan.jfp-exits", ids)).containsExactly("plan.jfp-exists");
    assertThat(Suggestions.close("plan.jfp", ids)).containsExactly("plan.jfp-exists", "plan.jfp-given");
    assertThat(Suggestions.close("xyz", ids)).isEmpty();
  }

  @Test
  void close_gives_at_most_five() {
    List<String> ids = List.of("board.a", "board.b", "board.c", "board.d", "board.e", "board.f");

    assertThat(Suggestions.close("board", ids)).hasSize(Suggestions.MAX_SUGGESTIONS)
        .containsExactly("board.a", "board.b", "board.c", "board.d", "board.e");
  }
}
