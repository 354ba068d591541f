package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validation reports as JSON and as SARIF 2.1.0, each finding placed at its line and column in the file that was
 * validated. The file is the example with a few breaches made in it.
 */
class ReportFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2025, 8, 1);

  private static String text;
  private static ReadResult<IntegratedCareSystem> read;
  private static ValidationReport report;

  @BeforeAll
  static void validateABrokenExample() throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(Examples.text(Examples.NORTHSHIRE));
    ArrayNode members = (ArrayNode) document.get("icb").get("board").get("members");
    ((ObjectNode) members.get(1)).put("employedByIcb", false); // the chief executive must be an employee
    ((ObjectNode) members.get(5)).remove("designations"); // no deputy chair, no senior non-executive member
    ObjectNode declaration = (ObjectNode) document.get("icb").get("registersOfInterests").get(0).get("declarations").get(2);
    declaration.put("declaredOn", "2024-04-30"); // declared 80 days after becoming aware
    ObjectNode waiver = document.putArray("waivers").addObject();
    waiver.put("rule", "board.senior-non-executive").put("path", "/icb/board")
        .put("justification", "Recruiting to the post; appointment expected in October.")
        .put("approvedBy", "ICB board, 12 June 2025").put("expiresOn", "2025-12-31");
    text = IcsJson.toJson(IcsJson.parseSystem(MAPPER.writeValueAsString(document)));
    read = IcsJson.reader().readSystem(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "config/northshire copy.json");
    report = Validator.of(RuleSet.all()).validate(read.value(), AS_OF);
  }

  @Test
  void theBrokenExampleHasFindingsOfSeveralKinds() {
    assertThat(report.isValid()).isFalse();
    assertThat(report.count(Severity.ERROR)).isPositive();
    assertThat(report.count(Severity.WARNING)).isPositive();
    assertThat(report.waivedCount()).isPositive();
  }

  @Test
  void theJsonReportHasTheDocumentedShape() throws IOException {
    JsonNode json = MAPPER.readTree(ReportFormats.toJson(report, read.locations()));

    assertThat(json.get("format").asText()).isEqualTo("icsmodel-report/1");
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("asOf").asText()).isEqualTo("2025-08-01");
    assertThat(json.get("counts").get("error").asInt()).isEqualTo(report.count(Severity.ERROR));
    assertThat(json.get("counts").get("warning").asInt()).isEqualTo(report.count(Severity.WARNING));
    assertThat(json.get("counts").get("waived").asInt()).isEqualTo(report.waivedCount());
    assertThat(json.get("findings")).hasSize(report.findings().size());
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      JsonNode written = json.get("findings").get(i);
      assertThat(written.get("ruleId").asText()).isEqualTo(finding.ruleId().toString());
      assertThat(written.get("severity").asText()).isEqualTo(finding.severity().name().toLowerCase());
      assertThat(written.get("path").asText()).isEqualTo(finding.path().toString());
      assertThat(written.get("message").asText()).isEqualTo(finding.message());
      assertThat(written.get("basis").get("citation").asText()).isEqualTo(finding.basis().citation());
      assertThat(written.get("basis").get("statutory").asBoolean()).isEqualTo(finding.basis().isStatutory());
      assertThat(written.get("waived").asBoolean()).isEqualTo(finding.isWaived());
      assertThat(written.has("waivedBy")).isEqualTo(finding.isWaived());
      SourceLocation at = read.locations().nearest(finding.path());
      assertThat(written.get("location").get("line").asInt()).isEqualTo(at.line());
      assertThat(written.get("location").get("column").asInt()).isEqualTo(at.column());
      assertThat(written.get("location").get("source").asText()).isEqualTo("config/northshire copy.json");
    }
  }

  @Test
  void aReportWithTheMarkerOfAnotherFormatOrNoneIsRefusedAsAConfigurationIs() throws IOException {
    ObjectNode json = (ObjectNode) MAPPER.readTree(ReportFormats.toJson(report));
    json.put("format", "icsmodel-report/2");
    ObjectNode unmarked = (ObjectNode) MAPPER.readTree(ReportFormats.toJson(report));
    unmarked.remove("format");

    IcsJsonException other = catchThrowableOfType(IcsJsonException.class, () -> ReportFormats.parseJson(json.toString()));
    IcsJsonException none =
        catchThrowableOfType(IcsJsonException.class, () -> ReportFormats.parseJson(unmarked.toString()));

    assertThat(other.pointer()).isEqualTo(JsonPointer.of("/format"));
    assertThat(other.problem())
        .isEqualTo("unsupported format \"icsmodel-report/2\": this version of icsmodel reads \"icsmodel-report/1\" only");
    assertThat(none.pointer()).isEqualTo(JsonPointer.root());
    assertThat(none.problem())
        .isEqualTo("missing the format marker: a report must begin {\"format\": \"icsmodel-report/1\", ...");
  }

  @Test
  void aRuleKindListedTwiceIsNamedWithWhereItWasFirst() throws IOException {
    ObjectNode json = (ObjectNode) MAPPER.readTree(ReportFormats.toJson(report));
    ((ArrayNode) json.get("ruleKinds")).add(json.get("ruleKinds").get(1).asText());
    String second = json.get("ruleKinds").get(1).asText();
    int last = json.get("ruleKinds").size() - 1;

    IcsJsonException problem = catchThrowableOfType(IcsJsonException.class, () -> ReportFormats.parseJson(json.toString()));

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/ruleKinds/" + last));
    assertThat(problem.problem()).isEqualTo("\"" + second + "\" is listed twice: also at /ruleKinds/1");
  }

  @Test
  void aJsonReportWithoutLocationsLeavesThemOut() throws IOException {
    JsonNode json = MAPPER.readTree(ReportFormats.toJson(report));

    assertThat(json.get("findings").get(0).has("location")).isFalse();
    assertThat(ReportFormats.toJson(report)).isEqualTo(ReportFormats.toJson(report)).endsWith("}\n");
  }

  @Test
  void aLegalBasisIsWrittenByItsParts() throws IOException {
    JsonNode json = MAPPER.readTree(ReportFormats.toJson(report));
    List<JsonNode> legal = new ArrayList<>();
    json.get("findings").forEach(f -> {
      if (f.get("basis").get("statutory").asBoolean()) {
        legal.add(f.get("basis"));
      }
    });

    assertThat(legal).isNotEmpty().allSatisfy(basis -> {
      assertThat(basis.get("act").asText()).matches("[a-z0-9-]+");
      assertThat(basis.has("section") || basis.has("paragraph")).isTrue();
    });
  }

  @Test
  void sarifPlacesEachResultAtItsLineAndColumn() throws IOException {
    JsonNode sarif = MAPPER.readTree(ReportFormats.toSarif(report, read.locations()));

    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("icsmodel");
    assertThat(run.get("artifacts").get(0).get("location").get("uri").asText())
        .isEqualTo("config/northshire%20copy.json");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(report.findings().size());
    List<String> lines = text.lines().collect(java.util.stream.Collectors.toList());
    for (int i = 0; i < results.size(); i++) {
      Finding finding = report.findings().get(i);
      JsonNode result = results.get(i);
      JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(finding.ruleId().toString());
      assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
      assertThat(result.get("level").asText())
          .isEqualTo(finding.severity().isBlocking() ? "error" : finding.severity() == Severity.WARNING ? "warning" : "note");
      JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
      int line = region.get("startLine").asInt();
      int column = region.get("startColumn").asInt();
      assertThat(lines.get(line - 1).charAt(column - 1)).as("%s at %d:%d", finding.path(), line, column).isIn('"', '{', '[');
      JsonPointer located = JsonPointer.of(result.get("locations").get(0).get("logicalLocations").get(0)
          .get("fullyQualifiedName").asText());
      assertThat(located).isEqualTo(finding.path());
      assertThat(result.has("suppressions")).isEqualTo(finding.isWaived());
    }
  }

  @Test
  void aFindingAboutAPropertyPointsAtItsName() {
    Finding atChiefExecutive = report.findings().stream()
        .filter(f -> f.path().toString().startsWith("/icb/board/members/1"))
        .findFirst()
        .orElseThrow();
    SourceLocation at = read.locations().nearest(atChiefExecutive.path());

    String line = text.lines().skip(at.line() - 1).findFirst().orElseThrow();
    assertThat(line.substring(at.column() - 1)).startsWith(atChiefExecutive.path().tokens().size() > 4
        ? "\"" + atChiefExecutive.path().tokens().get(4) + "\""
        : "{");
  }
}
