package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The defects of issue #13, each refused or fixed: lone surrogates, financial years before 1000, invalid UTF-8,
 * dates no rule can handle, control characters in output, and the lenient reader's location look-ups.
 */
class RobustnessTest {
  private static final String EXAMPLE = Examples.text(Examples.NORTHSHIRE);
  private static final String ICB_NAME = "\"NHS Northshire and Wexcaster Integrated Care Board\"";

  private static IcsJsonException refusal(byte[] bytes) {
    return catchThrowableOfType(IcsJsonException.class,
        () -> IcsJson.reader().readSystem(new ByteArrayInputStream(bytes), "bad.json"));
  }

  private static byte[] withBytesBeforeTheIcbName(byte[] inserted) {
    byte[] example = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    int at = EXAMPLE.substring(0, EXAMPLE.indexOf(ICB_NAME) + 1).getBytes(StandardCharsets.UTF_8).length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(example, 0, at);
    out.writeBytes(inserted);
    out.write(example, at, example.length - at);
    return out.toByteArray();
  }

  @Test
  void aLoneSurrogateIsRefusedWithItsLocation() {
    IcsJsonException e = catchThrowableOfType(IcsJsonException.class,
        () -> IcsJson.parseSystem(EXAMPLE.replace(ICB_NAME, "\"\\ud800x\"")));
    assertThat(e.getMessage()).contains("lone surrogate");
    assertThat(e.location().line()).isEqualTo(7);
    assertThat(e.pointer().toString()).isEqualTo("/icb/name");
  }

  @Test
  void aLoneSurrogateInAPropertyNameIsRefused() {
    assertThatThrownBy(() -> IcsJson.reader().lenient().parseSystem(EXAMPLE.replace("\"icb\": {",
        "\"icb\": {\"\\udc00\": 1, "))).isInstanceOf(IcsJsonException.class)
        // Jackson 2.23 refuses it itself ("Unexpected low surrogate"); the reader's own check says "lone surrogate".
        .hasMessageContaining("surrogate").hasMessageContaining(":5:");
  }

  @Test
  void aPairedSurrogateStillReadsAndRoundTrips() {
    IntegratedCareSystem system = IcsJson.parseSystem(EXAMPLE.replace(ICB_NAME, "\"NHS \\ud83d\\ude00 ICB\""));
    assertThat(system.icb().name()).isEqualTo("NHS \uD83D\uDE00 ICB");
    assertThat(IcsJson.parseSystem(IcsJson.toJson(system))).isEqualTo(system);
  }

  @Test
  void aFinancialYearBeforeTheYear1000IsRefusedOnReading() {
    IcsJsonException e = catchThrowableOfType(IcsJsonException.class,
        () -> IcsJson.parseSystem(EXAMPLE.replaceFirst("\"financialYear\": \"2025/26\"",
            "\"financialYear\": \"0999/00\"")));
    assertThat(e.getMessage()).contains("not a financial year").contains("0999/00");
    int line = EXAMPLE.substring(0, EXAMPLE.indexOf("\"financialYear\": \"2025/26\"")).split("\n", -1).length;
    assertThat(e.location().line()).isEqualTo(line);
  }

  @Test
  void overlongUtf8IsRefusedWithItsLineAndColumn() {
    IcsJsonException e = refusal(withBytesBeforeTheIcbName(new byte[] {(byte) 0xC0, (byte) 0xAF}));
    assertThat(e.getMessage()).contains("not valid UTF-8").contains("0xC0");
    assertThat(e.location().line()).isEqualTo(7);
    assertThat(e.location().column()).isEqualTo(14);
    assertThat(e.location().source()).contains("bad.json");
  }

  @Test
  void cesuSurrogatesAreRefused() {
    // U+1F600 as two encoded surrogates (CESU-8), and a lone encoded surrogate.
    assertThat(refusal(withBytesBeforeTheIcbName(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED,
        (byte) 0xB8, (byte) 0x80})).getMessage()).contains("encoded surrogate");
    assertThat(refusal(withBytesBeforeTheIcbName(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
        .location().line()).isEqualTo(7);
  }

  @Test
  void aTruncatedSequenceAndLatin1AreRefused() {
    assertThat(refusal(withBytesBeforeTheIcbName(new byte[] {(byte) 0xE2, (byte) 0x82})).getMessage())
        .contains("not valid UTF-8");
    assertThat(refusal(withBytesBeforeTheIcbName(new byte[] {(byte) 0xE9})).getMessage())
        .contains("not valid UTF-8");
  }

  @Test
  void zeroBytesAreRefusedSoThatNoOtherEncodingIsGuessed() {
    // Found by fuzzing: the parser took these bytes for UTF-32 and failed with an I/O error.
    byte[] bytes = {0, 0, 0, 0, 0, 0, 0, 0x17, '&', '"', 'o', 'y'};
    IcsJsonException e = refusal(bytes);
    assertThat(e.getMessage()).contains("NUL byte").contains("UTF-8");
    assertThat(e.location().line()).isEqualTo(1);
    assertThat(refusal("{\"format\": \"icsmodel/1\"}".getBytes(StandardCharsets.UTF_16LE)).getMessage())
        .contains("NUL byte");
  }

  @Test
  void datesOutsideTheYears1900To2999AreRefused() {
    for (String date : new String[] {"9999-12-31", "0000-01-01", "+10000-01-01", "1899-12-31", "3000-01-01"}) {
      IcsJsonException e = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.parseSystem(
          EXAMPLE.replaceFirst("\"establishedOn\": \"2022-07-01\"", "\"establishedOn\": \"" + date + "\"")));
      assertThat(e).as(date).isNotNull();
      assertThat(e.getMessage()).contains("1900 to 2999");
      assertThat(e.pointer()).hasToString("/icb/establishedOn");
    }
  }

  @Test
  void controlCharactersAreEscapedInWrittenJsonAndReadBack() {
    String hostile = "\u001b[2J\u0007\u0000Forged\nline\u009b31m\u2028\u007f";
    IntegratedCareSystem system = IcsJson.parseSystem(EXAMPLE.replace(ICB_NAME,
        "\"\\u001b[2J\\u0007\\u0000Forged\\nline\\u009b31m\\u2028\\u007f\""));
    String json = IcsJson.toJson(system);
    assertThat(json).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F\\x{80}-\\x{9F}\\u2028\\u2029]");
    assertThat(json).contains("\\u009B31m").contains("\\u2028").contains("\\u007F");
    assertThat(IcsJson.parseSystem(json).icb().name()).isEqualTo(hostile);
  }

  @Test
  void aLenientReadOfManyUnknownPropertiesLocatesEachWarning() {
    String unknown = IntStream.range(0, 20_000).mapToObj(i -> "\"unknown" + i + "\": " + i)
        .collect(Collectors.joining(", "));
    ReadResult<IntegratedCareSystem> read =
        IcsJson.reader().lenient().parseSystem(EXAMPLE.replaceFirst("\"format\": \"icsmodel/1\",",
            "\"format\": \"icsmodel/1\", " + unknown + ","));
    assertThat(read.warnings()).hasSize(20_000);
    for (Finding warning : read.warnings()) {
      assertThat(read.locations().find(warning.path())).isPresent();
    }
    assertThat(read.locations().find(read.warnings().get(19_999).path()).get().line()).isEqualTo(2);
  }

  @Test
  void writingAFileReplacesItWholeAndLeavesNoTemporaryFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("system.json");
    java.nio.file.Files.writeString(file, "old");
    IntegratedCareSystem system = IcsJson.parseSystem(EXAMPLE);
    IcsJson.write(system, file);
    assertThat(IcsJson.readSystem(file)).isEqualTo(system);
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    java.nio.file.Path nowhere = dir.resolve("missing").resolve("x.json");
    assertThatThrownBy(() -> IcsJson.write(system, nowhere)).isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage(nowhere + ": cannot write the file: no such file or directory");
  }

  @Test
  void aMissingFileIsNamedInWords() {
    assertThatThrownBy(() -> IcsJson.readSystem(java.nio.file.Path.of("none", "x.json")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage(java.nio.file.Path.of("none", "x.json") + ": no such file or directory");
  }
}
