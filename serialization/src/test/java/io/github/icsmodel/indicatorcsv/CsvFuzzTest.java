package io.github.icsmodel.indicatorcsv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.function.BiFunction;

/**
 * Fuzz targets for the three CSV readers of {@code ics inequality}: any bytes are read, or refused with an
 * {@link IndicatorCsvException} that names the file and, past the header, a line; never another exception.
 */
class CsvFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void sii(byte[] input) {
    readOrRefuse(input, IndicatorCsv::readSii);
  }

  @FuzzTest(maxDuration = "10m")
  void counts(byte[] input) {
    readOrRefuse(input, IndicatorCsv::readCounts);
  }

  @FuzzTest(maxDuration = "10m")
  void ageBands(byte[] input) {
    readOrRefuse(input, IndicatorCsv::readAgeBands);
  }

  private static <T> void readOrRefuse(byte[] input, BiFunction<java.io.Reader, String, T> parse) {
    try {
      T rows = IndicatorCsv.read(new ByteArrayInputStream(input), "fuzz.csv", parse);
      assertThat(rows).isNotNull();
      for (byte b : input) {
        assertThat(b).as("a NUL byte is refused, never dropped").isNotZero();
      }
    } catch (IndicatorCsvException e) {
      assertThat(e.getMessage()).startsWith("fuzz.csv").hasSizeLessThan(2_000);
      assertThat(e.getMessage()).doesNotContain("StreamReadConstraints").doesNotContain("Exception");
      assertThat(e.getMessage()).doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
    }
  }
}
