package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target for the JSON and SARIF report writers: whatever text findings carry (control characters, lone
 * surrogates, separators, very long messages, any property names in their paths), the report is valid JSON with no
 * raw control character, and a SARIF report is a SARIF log.
 */
class ReportFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void reports(FuzzedDataProvider data) {
    ValidationReport report = report(data);
    SourceLocations locations = new SourceLocations(data.consumeBoolean() ? "fuzz\u001b[31m.json" : null,
        new LocationIndex());
    String json = ReportFormats.toJson(report, locations);
    ReaderFuzzTest.FuzzChecks.assertCleanJson(json);
    String sarif = ReportFormats.toSarif(report, locations);
    ReaderFuzzTest.FuzzChecks.assertCleanJson(sarif);
    assertThat(sarif).contains("\"version\": \"2.1.0\"").contains("\"runs\"");
  }

  /** A report of findings whose texts the fuzzer chooses. */
  static ValidationReport report(FuzzedDataProvider data) {
    List<Finding> findings = new ArrayList<>();
    int count = data.consumeInt(0, 8);
    for (int i = 0; i < count; i++) {
      JsonPointer path = JsonPointer.root();
      int depth = data.consumeInt(0, 3);
      for (int d = 0; d < depth; d++) {
        path = data.consumeBoolean() ? path.property(data.consumeString(20)) : path.index(data.consumeInt(0, 99));
      }
      var builder = Finding.builder()
          .ruleId(RuleId.of(data.consumeBoolean() ? "board.chair" : "json.unknown-property"))
          .severity(data.pickValue(Severity.values()))
          .path(path)
          .message(data.consumeString(data.consumeBoolean() ? 100 : 5_000))
          .basis(PolicyReference.of("icsmodel", "Guidance " + data.consumeString(40), ""));
      if (data.consumeBoolean()) {
        builder.subject(LocalId.of("member-" + i));
      }
      findings.add(builder.build());
    }
    return ValidationReport.of(LocalDate.of(2026, 12, 2), findings);
  }
}
