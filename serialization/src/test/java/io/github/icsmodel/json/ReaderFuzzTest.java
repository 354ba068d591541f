package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Fuzz targets for the JSON reader, the writer and the validator: any bytes either read, or are refused with an
 * {@link IcsJsonException} (and nothing else); what reads is written and read back to an equal value and the same
 * bytes; and the validator judges every readable document, as of every date, without throwing, in findings of
 * bounded size.
 *
 * <p>{@code ./mvnw verify} replays the seed corpus in {@code src/test/resources/io/github/icsmodel/json/
 * ReaderFuzzTestInputs/<method>/}. To fuzz one target (see the README's "Fuzzing" section):
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl serialization -am test -Dtest=ReaderFuzzTest#system
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m}.
 */
class ReaderFuzzTest {
  /** The as-of dates every readable document is validated on: the first day of ICBs, today, the last day. */
  private static final LocalDate[] DATES = {
    LocalDate.of(2022, 7, 1), LocalDate.of(2026, 12, 2), LocalDate.MAX.withYear(9999)
  };

  @FuzzTest(maxDuration = "10m")
  void system(byte[] input) {
    readAndCheck(input, false, reader -> reader.readSystem(new ByteArrayInputStream(input), "fuzz.json"),
        ReaderFuzzTest::checkSystem);
    readAndCheck(input, true, reader -> reader.readSystem(new ByteArrayInputStream(input), "fuzz.json"),
        ReaderFuzzTest::checkSystem);
  }

  @FuzzTest(maxDuration = "10m")
  void national(byte[] input) {
    readAndCheck(input, false, reader -> reader.readNational(new ByteArrayInputStream(input), "fuzz.json"),
        ReaderFuzzTest::checkNational);
    readAndCheck(input, true, reader -> reader.readNational(new ByteArrayInputStream(input), "fuzz.json"),
        ReaderFuzzTest::checkNational);
  }

  private static <T> void readAndCheck(byte[] input, boolean lenient, Function<IcsJsonReader, ReadResult<T>> read,
      java.util.function.Consumer<ReadResult<T>> check) {
    IcsJsonReader reader = lenient ? IcsJson.reader().lenient() : IcsJson.reader();
    ReadResult<T> result;
    try {
      result = read.apply(reader);
    } catch (IcsJsonException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.location().line()).isPositive();
      FuzzChecks.assertBounded(e.getMessage());
      return;
    }
    for (Finding warning : result.warnings()) {
      FuzzChecks.assertBounded(warning.message());
    }
    check.accept(result);
  }

  private static void checkSystem(ReadResult<IntegratedCareSystem> result) {
    IntegratedCareSystem system = result.value();
    String json = IcsJson.toJson(system);
    IntegratedCareSystem again = IcsJson.parseSystem(json);
    assertThat(again).isEqualTo(system);
    assertThat(IcsJson.toJson(again)).isEqualTo(json);
    for (LocalDate date : DATES) {
      checkReport(FuzzChecks.validator(date).validate(system, date), result.locations());
    }
  }

  private static void checkNational(ReadResult<NationalConfiguration> result) {
    NationalConfiguration national = result.value();
    String json = IcsJson.toJson(national);
    NationalConfiguration again = IcsJson.parseNational(json);
    assertThat(again).isEqualTo(national);
    assertThat(IcsJson.toJson(again)).isEqualTo(json);
    for (LocalDate date : DATES) {
      checkReport(FuzzChecks.validator(date).validate(national, date), result.locations());
    }
  }

  private static void checkReport(ValidationReport report, SourceLocations locations) {
    for (Finding finding : report.findings()) {
      FuzzChecks.assertBounded(finding.message());
    }
    FuzzChecks.assertCleanJson(ReportFormats.toJson(report, locations));
    FuzzChecks.assertCleanJson(ReportFormats.toSarif(report, locations));
  }

  /** Shared checks of the fuzz targets. */
  static final class FuzzChecks {
    private FuzzChecks() {}

    static Validator validator(LocalDate date) {
      return Validator.of(EnglandReferenceRules.ruleSet(date).plus(RuleSet.discovered()
          .filter(rule -> !rule.id().namespace().equals("reference"))));
    }

    /** A message is bounded in size and carries no raw control character other than none at all. */
    static void assertBounded(String message) {
      assertThat(message.length()).as("message length").isLessThanOrEqualTo(Finding.MAX_MESSAGE_LENGTH);
    }

    /** JSON text parses, and has no raw control character but the layout's newlines. */
    static void assertCleanJson(String json) {
      assertThat(json).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F\\x{80}-\\x{9F}\\u2028\\u2029]");
      try {
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError("not valid JSON: " + e.getOriginalMessage(), e);
      }
    }
  }
}
