package io.github.icsmodel.indicatorcsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader refuses what it cannot represent, with the file, line and column (issue #13). */
class CsvRobustnessTest {
  private static final String SII_HEADER = "area,quantile,population,value,se\n";

  private static IndicatorCsvException siiRefusal(String csv) {
    return catchThrowableOfType(IndicatorCsvException.class,
        () -> IndicatorCsv.readSii(new StringReader(csv), "in.csv"));
  }

  @Test
  void aNulInANameIsRefused() {
    IndicatorCsvException e = siiRefusal(SII_HEADER + "A\u0000rea,1,100,1,0.1\n");
    assertThat(e.getMessage()).startsWith("in.csv:2: column area").contains("control character (U+0000)");
  }

  @Test
  void hexadecimalAndTypedFloatsAreRefused() {
    assertThat(siiRefusal(SII_HEADER + "A,1,100,0x1p3,0.1\n").getMessage())
        .contains("column value").contains("not a number");
    assertThat(siiRefusal(SII_HEADER + "A,1,100,1.5d,0.1\n").getMessage()).contains("not a number");
    assertThat(siiRefusal(SII_HEADER + "A,1,100,Infinity,0.1\n").getMessage()).contains("not a number");
  }

  @Test
  void quantilesOfZeroOrLessAndNonAsciiDigitsAreRefused() {
    assertThat(siiRefusal(SII_HEADER + "A,0,100,1,0.1\n").getMessage()).contains("column quantile")
        .contains("must be 1 or more");
    assertThat(siiRefusal(SII_HEADER + "A,-3,100,1,0.1\n").getMessage()).contains("must be 1 or more");
    assertThat(siiRefusal(SII_HEADER + "A,\u0661,100,1,0.1\n").getMessage()).contains("not a whole number");
  }

  @Test
  void aNameOfNoBreakSpacesIsBlank() {
    assertThat(siiRefusal(SII_HEADER + "\u00A0\u202F,1,100,1,0.1\n").getMessage()).contains("column area")
        .contains("is empty");
  }

  @Test
  void invalidUtf8IsRefusedWithItsLine(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("counts.csv");
    byte[] head = "area,count,population\nArea1,1,100\nArea2,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 7];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(new byte[] {(byte) 0xC0, (byte) 0xAF, '5', ',', '1', '0', '\n'}, 0, bytes, head.length, 7);
    Files.write(file, bytes);
    IndicatorCsvException e = catchThrowableOfType(IndicatorCsvException.class, () -> IndicatorCsv.readCounts(file));
    assertThat(e.getMessage()).startsWith(file + ":3: ").contains("not valid UTF-8").contains("column 7");
    assertThat(e.line()).hasValue(3);
  }

  @Test
  void encodedSurrogatesAreRefusedWithTheirLine() {
    byte[] bytes = "area,count,population\nA,1,100\nB\u00e9,1,100\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 9] = (byte) 0xED; // "é" becomes ED A9 = the start of an encoded surrogate
    IndicatorCsvException e = catchThrowableOfType(IndicatorCsvException.class,
        () -> IndicatorCsv.read(new ByteArrayInputStream(bytes), "in.csv", IndicatorCsv::readCounts));
    assertThat(e.getMessage()).startsWith("in.csv:3: ").contains("not valid UTF-8");
  }

  @Test
  void aMissingFileIsNamedInWords() {
    IndicatorCsvException e = catchThrowableOfType(IndicatorCsvException.class,
        () -> IndicatorCsv.readCounts(Path.of("no-such-dir", "none.csv")));
    assertThat(e.getMessage()).isEqualTo(Path.of("no-such-dir", "none.csv") + ": no such file or directory");
  }

  @Test
  void controlCharactersInColumnNamesAreEscapedInMessages() {
    // Found by fuzzing: a header naming a column twice echoed the name raw.
    IndicatorCsvException e = siiRefusal("area,q\u001b[2Jn,Q\u001b[2JN\n");
    assertThat(e.getMessage()).contains("named twice").doesNotContain("\u001b").contains("q\\u001B[2jn");
  }

  @Test
  void controlCharactersInCellsAreEscapedInMessages() {
    IndicatorCsvException e = siiRefusal(SII_HEADER + "A,1,100,\"1\u001b]0;x\u00072\",0.1\n");
    assertThat(e.getMessage()).contains("not a number").doesNotContain("\u001b").contains("1\\u001B]0;x\\u00072");
  }
}
