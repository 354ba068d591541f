package io.github.icsmodel.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.icsmodel.InvalidValueException;

/**
 * Identifiers round-trip through their text, and any text is either an identifier or refused with an
 * {@link InvalidValueException}: fuzz targets, whose seed corpora (in {@code IdentifierPropertiesTestInputs/})
 * every build replays.
 */
class IdentifierPropertiesTest {

  @FuzzTest(maxDuration = "2m")
  void gssCodesRoundTrip(FuzzedDataProvider data) {
    StringBuilder digits = new StringBuilder("E");
    for (int i = 0; i < 8; i++) {
      digits.append((char) ('0' + data.consumeInt(0, 9)));
    }
    GssCode code = GssCode.of(digits.toString());
    assertThat(GssCode.of(code.toString())).isEqualTo(code).hasSameHashCodeAs(code);
    roundTripOrRefuse(data.consumeRemainingAsString(), GssCode::of);
  }

  @FuzzTest(maxDuration = "2m")
  void localIdsRoundTrip(FuzzedDataProvider data) {
    int length = data.consumeInt(1, 100);
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int letter = data.consumeInt(0, 51);
      letters.append((char) (letter < 26 ? 'a' + letter : 'A' + letter - 26));
    }
    LocalId id = LocalId.of(letters.toString());
    assertThat(LocalId.of(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    roundTripOrRefuse(data.consumeRemainingAsString(), LocalId::of);
  }

  @FuzzTest(maxDuration = "2m")
  void odsCodesRoundTrip(FuzzedDataProvider data) {
    int length = data.consumeInt(3, 10);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int c = data.consumeInt(0, 35);
      text.append((char) (c < 26 ? 'A' + c : '0' + c - 26));
    }
    OdsCode code = OdsCode.of(text.toString());
    assertThat(OdsCode.of(code.toString())).isEqualTo(code).hasSameHashCodeAs(code);
    roundTripOrRefuse(data.consumeRemainingAsString(), OdsCode::of);
  }

  /** Any text is an identifier that round-trips, or is refused with the model's own exception. */
  private static <T> void roundTripOrRefuse(String text, java.util.function.Function<String, T> parse) {
    T value;
    try {
      value = parse.apply(text);
    } catch (InvalidValueException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(parse.apply(value.toString())).isEqualTo(value);
  }
}
