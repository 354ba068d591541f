package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings of every configuration the project ships (the bundled example, the broken examples and the evidence
 * corpus), with their locations, messages and bases, on three dates, byte for byte as recorded in
 * {@code src/test/resources/golden/}: a reshaping of the code that changes no behaviour leaves them as they are, and
 * a change that does alter a finding shows here, to be recorded on purpose with {@code -Dics.updateGolden=true}.
 */
class ReportsGoldenTest {
  /** Fixed dates, so that the golden reports do not move with the clock: before and after 1 April 2026, and today's. */
  static final List<LocalDate> DATES =
      List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 7));
  static final Path DATA = Path.of("data");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Path> configurations() throws IOException {
    try (Stream<Path> files = Files.walk(DATA)) {
      return files.filter(file -> file.toString().endsWith(".json"))
          .filter(file -> !file.startsWith(DATA.resolve("inequality")))
          .filter(ReportsGoldenTest::isReadable)
          .sorted().collect(Collectors.toList()).stream();
    }
  }

  /** The broken examples include documents the reader refuses; those have no report to compare. */
  private static boolean isReadable(Path file) {
    try {
      IcsJson.reader().readSystem(file);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void the_report_is_what_was_recorded(Path file) throws IOException {
    ReadResult<IntegratedCareSystem> read = IcsJson.reader().readSystem(file);
    StringBuilder reports = new StringBuilder();
    for (LocalDate date : DATES) {
      ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(date)).validate(read.value(), date);
      reports.append("as of ").append(date).append(": ").append(report.findings().size()).append(" findings\n");
      for (Finding finding : report.findings()) {
        reports.append(finding.severity()).append(' ').append(finding.ruleId()).append(' ').append(finding.path())
            .append(read.locations().find(finding.path()).map(l -> " (" + l.line() + ":" + l.column() + ")")
                .orElse(""))
            .append(finding.subject().map(subject -> " [" + subject + "]").orElse(""))
            .append(finding.waivedBy().isPresent() ? " waived" : "")
            .append("\n  ").append(finding.message())
            .append("\n  ").append(finding.basis().citation()).append(" (").append(finding.kind().label()).append(")\n");
      }
    }
    Path golden = golden(file);
    if (Boolean.getBoolean("ics.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, reports, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("recorded report of %s (record with -Dics.updateGolden=true)", file).exists();
    assertThat(reports.toString()).as("the reports of %s", file)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /**
   * A configuration that stops being readable would drop out of the comparison above without a word: every recorded
   * report must still have its readable configuration.
   */
  @org.junit.jupiter.api.Test
  void every_recorded_report_has_a_readable_configuration() throws IOException {
    List<Path> tested = configurations().map(ReportsGoldenTest::golden).collect(Collectors.toList());
    try (Stream<Path> recorded = Files.list(GOLDEN)) {
      List<Path> reports = recorded
          .filter(report -> !report.getFileName().toString().equals("references-resolve.txt"))
          .collect(Collectors.toList());
      assertThat(reports).isNotEmpty();
      assertThat(tested).containsAll(reports);
    }
  }

  /** The recorded report of a configuration, such as {@code golden/broken.icp.unrecorded.txt}. */
  private static Path golden(Path file) {
    return GOLDEN.resolve(DATA.relativize(file).toString().replace('/', '.').replace(".json", ".txt"));
  }
}
