package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.SharedPost;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The optional fields of icsmodel/1 for organisations' dissolution and clusters' shared posts. */
class DatesInTimeFormatTest {
  private static final String SYSTEM_A =
      "{\"id\": \"a\", \"name\": \"A\", \"icb\": {\"id\": \"icb-a\", \"name\": \"NHS A ICB\"},"
          + " \"organisations\": [{\"id\": \"old-trust\", \"name\": \"Old Trust\", \"kind\": \"nhs-trust\","
          + " \"dissolvedOn\": \"2024-04-01\"}]}";
  private static final String SYSTEM_B = "{\"id\": \"b\", \"name\": \"B\", \"icb\": {\"id\": \"icb-b\", \"name\": \"NHS B ICB\"}}";

  @Test
  void an_organisations_dissolution_and_a_clusters_shared_posts_read_and_write_again() {
    String json = "{\"format\": \"icsmodel/1\", \"systems\": [" + SYSTEM_A + ", " + SYSTEM_B + "], \"clusters\": [{"
        + "\"id\": \"ab\", \"name\": \"A and B\", \"systems\": [\"a\", \"b\"], \"sharedLeaders\": [\"ceo\"],"
        + " \"sharedPosts\": [{\"role\": \"chief-executive\", \"member\": \"ceo\", \"sharedFrom\": \"2025-10-01\","
        + " \"sharedUntil\": \"2026-03-31\"}], \"startedOn\": \"2025-09-01\"}]}";

    NationalConfiguration national = IcsJson.parseNational(json);

    assertThat(national.systems().get(0).organisations().get(0).dissolvedOn()).contains(LocalDate.of(2024, 4, 1));
    assertThat(national.systems().get(0).organisations().get(0).existsOn(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(national.systems().get(0).organisations().get(0).existsOn(LocalDate.of(2024, 4, 1))).isFalse();
    SharedPost post = national.clusters().get(0).sharedPosts().get(0);
    assertThat(post.role()).isEqualTo(MemberRole.CHIEF_EXECUTIVE);
    assertThat(post.member()).isEqualTo(LocalId.of("ceo"));
    assertThat(post.sharedUntil()).contains(LocalDate.of(2026, 3, 31));
    assertThat(IcsJson.parseNational(IcsJson.toJson(national))).isEqualTo(national);
  }

  @Test
  void documents_without_the_new_fields_still_read() {
    IntegratedCareSystem system = IcsJson.parseSystem("{\"format\": \"icsmodel/1\", " + SYSTEM_B.substring(1));
    assertThat(system.organisations()).isEmpty();
    NationalConfiguration national = IcsJson.parseNational("{\"format\": \"icsmodel/1\", \"systems\": [" + SYSTEM_B
        + "], \"clusters\": []}");
    assertThat(national.clusters()).isEmpty();
  }

  @Test
  void a_shared_post_other_than_chair_or_chief_executive_is_refused_with_its_location() {
    String json = "{\"format\": \"icsmodel/1\", \"systems\": [" + SYSTEM_A + ", " + SYSTEM_B + "], \"clusters\": [{"
        + "\"id\": \"ab\", \"name\": \"A and B\", \"systems\": [\"a\", \"b\"], \"sharedPosts\": [{\"role\":"
        + " \"ordinary-member\", \"member\": \"x\", \"sharedFrom\": \"2025-10-01\"}], \"startedOn\": \"2025-09-01\"}]}";

    IcsJsonException e = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.parseNational(json));

    assertThat(e.getMessage()).contains("only the chair or the chief executive");
    assertThat(e.pointer().toString()).startsWith("/clusters/0/sharedPosts/0");
  }
}
