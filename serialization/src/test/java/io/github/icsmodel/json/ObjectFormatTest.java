package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@link ObjectFormat} that the report formats brought: a property that follows from the others, an
 * array written even when empty, a document marker of another format, a set named as the JSON names its values, a
 * property read for its shape only, and tables that are only written. The configuration formats' own behaviour is
 * proved by {@link IcsJsonTest} and {@link RoundTripTest}.
 */
class ObjectFormatTest {

  enum Colour { DARK_RED, BLUE }

  /** A shelf: a name, its books, its colours; its size follows from its books. */
  static final class Shelf {
    final String name;
    final List<String> books;
    final List<Colour> colours;

    Shelf(String name, List<String> books, List<Colour> colours) {
      this.name = name;
      this.books = ImmutableList.copyOf(books);
      this.colours = ImmutableList.copyOf(colours);
    }

    int size() {
      return books.size();
    }

    String label() {
      return "Shelf " + name;
    }
  }

  static final class ShelfBuilder {
    String name;
    List<String> books = new ArrayList<>();
    List<Colour> colours = new ArrayList<>();

    Shelf build() {
      return new Shelf(name, books, colours);
    }
  }

  private static final ObjectFormat<Shelf, ShelfBuilder> SHELF =
      ObjectFormat.of("Shelf", Shelf.class, ShelfBuilder::new, ShelfBuilder::build)
          .document("shelf/1", "shelf")
          .required("name", Values.STRING, shelf -> shelf.name, (b, name) -> b.name = name)
          .defaulted("label", Values.STRING, Shelf::label, ObjectFormat.ignored())
          .follows("size", Values.INTEGER, Shelf::size,
              (stated, shelf) -> "\"size\" is " + stated + " but the shelf has " + shelf.size() + " books")
          .defaulted("books", ObjectFormat.listOf(Values.STRING), shelf -> shelf.books, (b, books) -> b.books = books)
          // An enum constant listed twice is named as the JSON names it.
          .set("colours", Values.enumOf(Colour.class), shelf -> shelf.colours, (b, colours) -> b.colours = colours)
          .build();

  private static String write(Shelf shelf) {
    return IcsJson.generate(generator -> SHELF.write(shelf, generator));
  }

  private static Shelf read(String json) {
    return IcsJson.read(new IcsJson.Kind<>(Shelf.class, SHELF), IcsJson.Source.of(json), Reading.strict()).value();
  }

  private static IcsJsonException refusal(String json) {
    return catchThrowableOfType(IcsJsonException.class, () -> read(json));
  }

  @Test
  void aDocumentOfAnotherFormatCarriesItsMarkerAndWritesFollowingValuesAndEmptyArrays() {
    String json = write(new Shelf("empty", List.of(), List.of()));

    assertThat(json).isEqualTo("{\n  \"format\": \"shelf/1\",\n  \"name\": \"empty\",\n  \"label\": \"Shelf empty\","
        + "\n  \"size\": 0,\n  \"books\": []\n}\n");
    assertThat(SHELF.isDocument()).isTrue();
    Shelf again = read(json);
    assertThat(again.name).isEqualTo("empty");
    assertThat(again.books).isEmpty();
  }

  @Test
  void whatFollowsAndWhatIsReadForItsShapeOnlyMayBeLeftOutOrStatedInAgreement() {
    Shelf read = read("{\"format\": \"shelf/1\", \"name\": \"a\", \"books\": [\"x\", \"y\"]}");
    assertThat(read.books).containsExactly("x", "y");

    Shelf stated = read("{\"format\": \"shelf/1\", \"name\": \"a\", \"label\": \"anything\", \"size\": 2,"
        + " \"books\": [\"x\", \"y\"], \"colours\": [\"dark-red\"]}");
    assertThat(stated.label()).isEqualTo("Shelf a");
    assertThat(stated.colours).containsExactly(Colour.DARK_RED);
  }

  @Test
  void aValueThatDoesNotFollowIsRefusedWhereItStands() {
    String json = "{\"format\": \"shelf/1\", \"name\": \"a\",\n \"size\": 3, \"books\": [\"x\"]}";

    IcsJsonException problem = refusal(json);

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/size"));
    assertThat(problem.problem()).isEqualTo("\"size\" is 3 but the shelf has 1 books");
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(10);
  }

  @Test
  void aPropertyReadForItsShapeOnlyMustStillHaveItsShape() {
    IcsJsonException problem = refusal("{\"format\": \"shelf/1\", \"name\": \"a\", \"label\": 7}");

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/label"));
    assertThat(problem.problem()).contains("expected a string");
  }

  @Test
  void aSetNamesAValueListedTwiceAsTheJsonDoes() {
    IcsJsonException problem =
        refusal("{\"format\": \"shelf/1\", \"name\": \"a\", \"colours\": [\"dark-red\", \"blue\", \"dark-red\"]}");

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/colours/2"));
    assertThat(problem.problem()).isEqualTo("\"dark-red\" is listed twice: also at /colours/0");
  }

  @Test
  void theMarkerOfAnotherFormatIsRequiredAndChecked() {
    assertThat(refusal("{\"name\": \"a\"}").problem())
        .isEqualTo("missing the format marker: a shelf must begin {\"format\": \"shelf/1\", ...");
    assertThat(refusal("{\"format\": \"shelf/2\", \"name\": \"a\"}").problem())
        .isEqualTo("unsupported format \"shelf/2\": this version of icsmodel reads \"shelf/1\" only");
    assertThat(refusal("{\"format\": \"shelf/1\", \"$schema\": \"s.json\", \"name\": \"a\"}").problem())
        .as("an editor's $schema belongs to icsmodel/1 documents only")
        .contains("unknown property \"$schema\"");
  }

  @Test
  void aListOfElementsIsAnArrayAndSaysSoWhenItIsNot() {
    IcsJsonException problem = refusal("{\"format\": \"shelf/1\", \"name\": \"a\", \"books\": \"x\"}");

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/books"));
    assertThat(problem.problem()).contains("expected an array");
  }

  /** A label, in a format that is only written. */
  private static final ObjectFormat<Shelf, Void> SUMMARY =
      ObjectFormat.writer("Summary", Shelf.class)
          .constant("kind", "shelf")
          .defaulted("name", Values.STRING, shelf -> shelf.name)
          .optional("firstBook", Values.STRING, shelf -> shelf.books.stream().findFirst())
          .list("books", Values.STRING, shelf -> shelf.books)
          .build();

  @Test
  void aFormatThatIsOnlyWrittenWritesItsConstantsAndLeavesOutWhatIsEmpty() {
    String empty = IcsJson.generate(generator -> SUMMARY.write(new Shelf("e", List.of(), List.of()), generator));
    String full = IcsJson.generate(generator -> SUMMARY.write(new Shelf("f", List.of("x"), List.of()), generator));

    assertThat(empty).isEqualTo("{\n  \"kind\": \"shelf\",\n  \"name\": \"e\"\n}\n");
    assertThat(full).isEqualTo(
        "{\n  \"kind\": \"shelf\",\n  \"name\": \"f\",\n  \"firstBook\": \"x\",\n  \"books\": [\n    \"x\"\n  ]\n}\n");
    assertThat(SUMMARY.isDocument()).isFalse();
    assertThat(SUMMARY.properties()).extracting(ObjectFormat.Property::kind).containsExactly(
        ObjectFormat.Kind.CONSTANT, ObjectFormat.Kind.DEFAULTED, ObjectFormat.Kind.OPTIONAL, ObjectFormat.Kind.LIST);
  }

  @Test
  void aFormatThatIsOnlyWrittenRefusesToRead() {
    assertThatThrownBy(() -> IcsJson.read(new IcsJson.Kind<>(Shelf.class, SUMMARY), IcsJson.Source.of("{}"),
            Reading.strict()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Summary is written, not read");
  }
}
