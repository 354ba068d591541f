package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.JsonPointer;
import org.junit.jupiter.api.Test;

class SourceLocationsTest {
  private static final String JSON =
      "{\"format\": \"icsmodel/1\",\n"
          + " \"id\": \"a\",\n"
          + " \"name\": \"A\",\n"
          + " \"icb\": {\"id\": \"i\", \"name\": \"I\", \"predecessors\": [\"AB1\", \"AB2\"],\n"
          + "   \"board\": {\"members\": [\n"
          + "     {\"id\": \"m\", \"name\": \"M\", \"role\": \"chair\"},\n"
          + "     {\"id\": \"n\", \"name\": \"N\", \"role\": \"chair\"}]}},\n"
          + " \"extensions\": {\"deep\": {\"x\": 1}}}";

  private final ReadResult<IntegratedCareSystem> read = IcsJson.reader().parseSystem(JSON);

  private String at(String pointer) {
    return read.locations().find(JsonPointer.of(pointer)).map(l -> l.line() + ":" + l.column()).orElse("none");
  }

  @Test
  void findsTheDocumentPropertiesAndArrayElements() {
    assertThat(at("")).isEqualTo("1:1");
    assertThat(at("/id")).isEqualTo("2:2");
    assertThat(at("/icb")).isEqualTo("4:2");
    assertThat(at("/icb/predecessors/1")).isEqualTo("4:58");
    assertThat(at("/icb/board/members/1")).isEqualTo("7:6");
    assertThat(at("/icb/board/members/1/role")).isEqualTo("7:31");
    assertThat(read.locations().find(JsonPointer.of("/icb")).orElseThrow().source()).isEmpty();
  }

  @Test
  void findsNothingForWhatTheDocumentDoesNotHaveOrTheReaderSkipped() {
    assertThat(at("/icp")).isEqualTo("none");
    assertThat(at("/icb/board/members/2")).isEqualTo("none");
    assertThat(at("/icb/board/members/01")).isEqualTo("none");
    assertThat(at("/icb/board/members/x")).isEqualTo("none");
    assertThat(at("/id/0")).isEqualTo("none");
    assertThat(at("/extensions")).isEqualTo("8:2");
    assertThat(at("/extensions/deep")).isEqualTo("none");
  }

  @Test
  void nearestFallsBackToTheClosestEnclosingElement() {
    SourceLocations locations = read.locations();

    assertThat(locations.nearest(JsonPointer.of("/icb/board/members/1/ordinaryMemberKind")))
        .isEqualTo(locations.find(JsonPointer.of("/icb/board/members/1")).orElseThrow());
    assertThat(locations.nearest(JsonPointer.of("/extensions/deep/x")))
        .isEqualTo(locations.find(JsonPointer.of("/extensions")).orElseThrow());
    assertThat(locations.nearest(JsonPointer.of("/nothing/here"))).hasToString("<input>:1:1");
  }

  @Test
  void indexesTheDocumentAndEveryPropertyAndElementTheReaderInterprets() {
    // the document; format, id, name, icb, extensions; icb's id, name, predecessors and its two elements, board;
    // board's members and its two elements; each member's id, name and role
    assertThat(read.locations().size()).isEqualTo(21);
  }
}
