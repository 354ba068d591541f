package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import java.nio.file.Path;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.json.ReportFormats;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.textio.Sanitize;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Write, then read, under default locales whose digits or letters differ from English ones (Arabic and Persian
 * digits, Turkish dotless i, German decimal comma, Hindi): what the library and the tool write uses ASCII digits
 * and reads back equal (issue 20: the writer once put "٢٠٢٥/٢٦" into financial years under Arabic).
 */
class LocaleRoundTripTest {
  private static final Locale DEFAULT = Locale.getDefault();
  private static final String NON_ASCII_DIGIT = "[\\p{Nd}&&[^0-9]]";

  @AfterEach
  void restore() {
    Locale.setDefault(DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "fa-IR", "tr-TR", "de-DE", "hi-IN"})
  void a_system_written_under_the_locale_reads_back_equal(String tag) {
    Locale.setDefault(Locale.forLanguageTag(tag));
    assertThat(FinancialYear.of("2025/26")).hasToString("2025/26");
    IntegratedCareSystem system = IcsJson.readSystem(Path.of("data", "northshire.json"));
    String json = IcsJson.toJson(system);
    assertThat(json).contains("\"2025/26\"").doesNotContainPattern(NON_ASCII_DIGIT);
    assertThat(IcsJson.parseSystem(json)).isEqualTo(system);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "fa-IR", "tr-TR", "de-DE", "hi-IN"})
  void reports_messages_and_escapes_under_the_locale_use_ascii_digits(String tag) {
    Locale.setDefault(Locale.forLanguageTag(tag));
    ReadResult<IntegratedCareSystem> read =
        IcsJson.reader().parseSystem(IcsJson.toJson(IcsJson.readSystem(Path.of("data", "northshire.json")).withPlaces()));
    ValidationReport report = Validator.of(RuleSet.all()).validate(read.value(), LocalDate.of(2026, 12, 2));
    assertThat(report.findings()).isNotEmpty();
    assertThat(ReportFormats.toJson(report, read.locations())).doesNotContainPattern(NON_ASCII_DIGIT);
    assertThat(ReportFormats.toSarif(report, read.locations())).doesNotContainPattern(NON_ASCII_DIGIT);
    report.findings().forEach(f -> assertThat(f.message()).doesNotContainPattern(NON_ASCII_DIGIT));
    assertThat(Sanitize.line("\u001B")).isEqualTo("\\u001B");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "fa-IR", "tr-TR", "de-DE", "hi-IN"})
  void a_file_the_tool_writes_under_the_locale_is_read_back_by_the_tool(String tag, @TempDir Path directory)
      throws Exception {
    Locale.setDefault(Locale.forLanguageTag(tag));
    Path file = directory.resolve("qyg.json");
    assertThat(run("init", "--icb", "QYG", "--as-of", "2026-12-02", "--out", file.toString())).isZero();
    assertThat(Files.readString(file)).doesNotContainPattern(NON_ASCII_DIGIT);
    IcsJson.readSystem(file);
    assertThat(run("validate", "--as-of", "2026-12-02", file.toString())).as("read and valid, not unreadable").isZero();
  }

  private static int run(String... args) {
    return Ics.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
  }
}
