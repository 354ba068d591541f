package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #12 item 4: every value with a JSON shape in docs/format.md (configurations, reports, findings) writes and
 * reads through {@link IcsModule} in a user's own plain {@code ObjectMapper} exactly as through {@link IcsJson}
 * and {@link ReportFormats}; the reading exception is public and gives pointer, line and column.
 */
class ReportsThroughObjectMapperTest {
  /** A user's own mapper: nothing but the module. */
  private static final ObjectMapper USERS = JsonMapper.builder().addModule(new IcsModule()).build();

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static ValidationReport report;

  @BeforeAll
  static void validateABrokenExample() throws Exception {
    ObjectNode document = (ObjectNode) PLAIN.readTree(Examples.text(Examples.NORTHSHIRE));
    ArrayNode members = (ArrayNode) document.get("icb").get("board").get("members");
    ((ObjectNode) members.get(1)).put("employedByIcb", false);
    ((ObjectNode) members.get(5)).remove("designations");
    ObjectNode waiver = document.putArray("waivers").addObject();
    waiver.put("rule", "board.senior-non-executive").put("path", "/icb/board")
        .put("justification", "Recruiting to the post; appointment expected in October.")
        .put("approvedBy", "ICB board, 12 June 2025").put("expiresOn", "2025-12-31");
    IntegratedCareSystem system = IcsJson.parseSystem(PLAIN.writeValueAsString(document));
    report = Validator.of(RuleSet.all()).validate(system, LocalDate.of(2025, 8, 1));
  }

  @Test
  void theReportHasFindingsOfEveryShape() {
    assertThat(report.findings()).anyMatch(f -> f.basis() instanceof LegalReference);
    assertThat(report.findings()).anyMatch(f -> f.basis() instanceof PolicyReference);
    assertThat(report.findings()).anyMatch(Finding::isWaived);
    assertThat(report.findings()).anyMatch(f -> f.subject().isPresent());
  }

  @Test
  void aReportIsWrittenAsReportFormatsWritesIt() throws Exception {
    String written = USERS.writeValueAsString(report);

    assertThat(written).doesNotContain("\"blocking\"");
    assertThat(PLAIN.readTree(written)).isEqualTo(PLAIN.readTree(ReportFormats.toJson(report)));
    assertThat(PLAIN.readTree(written).get("format").asText()).isEqualTo("icsmodel-report/1");
  }

  @Test
  void aReportReadsBackEqualThroughTheMapperAndThroughReportFormats() throws Exception {
    String written = USERS.writeValueAsString(report);

    assertThat(USERS.readValue(written, ValidationReport.class)).isEqualTo(report);
    assertThat(ReportFormats.parseJson(written)).isEqualTo(report);
    assertThat(USERS.readValue(ReportFormats.toJson(report), ValidationReport.class)).isEqualTo(report);
  }

  @Test
  void aReportWithLocationsReadsBackWithoutThem() throws Exception {
    String text = Examples.text(Examples.NORTHSHIRE);
    ReadResult<IntegratedCareSystem> read =
        IcsJson.reader().readSystem(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "n.json");
    ValidationReport located = Validator.of(RuleSet.all()).validate(read.value(), LocalDate.of(2025, 8, 1));
    String json = ReportFormats.toJson(located, read.locations());

    assertThat(USERS.readValue(json, ValidationReport.class)).isEqualTo(located);
  }

  @Test
  void aFindingAndABasisAreWrittenAndReadOnTheirOwn() throws Exception {
    for (Finding finding : report.findings()) {
      String written = USERS.writeValueAsString(finding);
      JsonNode tree = PLAIN.readTree(written);

      assertThat(tree.get("ruleId").asText()).isEqualTo(finding.ruleId().toString());
      assertThat(tree.get("waived").asBoolean()).isEqualTo(finding.isWaived());
      assertThat(tree.has("blocking")).isFalse();
      assertThat(USERS.readValue(written, Finding.class)).isEqualTo(finding);
      assertThat(USERS.readValue(USERS.writeValueAsString(finding.basis()), Basis.class)).isEqualTo(finding.basis());
    }
    LegalReference law = LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "8").subdivision("(2)");
    assertThat(USERS.readValue(USERS.writeValueAsString(law), LegalReference.class)).isEqualTo(law);
  }

  @Test
  void reportsNestInAUsersOwnDocuments() throws Exception {
    IntegratedCareSystem system = IcsJson.readSystem(Examples.NORTHSHIRE);
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("auditor", "A. Auditor");
    audit.put("report", report);
    audit.put("system", system);

    JsonNode tree = PLAIN.readTree(USERS.writeValueAsString(audit));

    assertThat(tree.get("report").has("format")).as("no marker inside another document").isFalse();
    assertThat(tree.get("system").has("format")).isFalse();
    Map<String, ValidationReport> reports =
        USERS.readValue(USERS.writeValueAsString(Map.of("r", report)), new TypeReference<Map<String, ValidationReport>>() {});
    assertThat(reports).containsEntry("r", report);
  }

  @Test
  void statementsThatDisagreeWithTheFindingsAreRefused() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(USERS.writeValueAsString(report));
    ((ObjectNode) tree.get("counts")).put("error", 999);

    JsonProblem problem =
        catchThrowableOfType(JsonProblem.class, () -> USERS.readValue(tree.toString(), ValidationReport.class));

    assertThat(problem.problem()).contains("\"counts\" gives 999 for \"error\"");
    assertThat(problem.pointer()).isEqualTo(JsonPointer.root());
  }

  @Test
  void aCitationThatDoesNotMatchItsProvisionIsRefused() throws Exception {
    String json = "{\"citation\": \"NHS Act 2006 s.99\", \"statutory\": true, \"act\": \"nhs-act-2006\","
        + " \"section\": \"14Z35\"}";

    JsonProblem problem = catchThrowableOfType(JsonProblem.class, () -> USERS.readValue(json, Basis.class));

    assertThat(problem.problem()).contains("does not match the provision").contains("s.14Z35");
  }

  @Test
  void theReadingExceptionIsPublicWithPointerLineAndColumn() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(USERS.writeValueAsString(report));
    ((ObjectNode) tree.get("findings").get(1)).put("severity", "eror");
    String json = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree);

    JsonProblem problem =
        catchThrowableOfType(JsonProblem.class, () -> USERS.readValue(json, ValidationReport.class));

    assertThat(JsonProblem.class.getModifiers() & java.lang.reflect.Modifier.PUBLIC).isNotZero();
    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/findings/1/severity"));
    assertThat(problem.problem()).contains("got \"eror\"").contains("did you mean \"error\"?");
    int line = lineOf(json, "\"eror\"");
    assertThat(problem.line()).isEqualTo(line);
    assertThat(problem.column()).isEqualTo(json.split("\n", -1)[line - 1].indexOf("\"eror\"") + 1);

    IcsJsonException front = catchThrowableOfType(IcsJsonException.class, () -> ReportFormats.parseJson(json));
    assertThat(front.pointer()).isEqualTo(problem.pointer());
    assertThat(front.line()).isEqualTo(problem.line());
    assertThat(front.column()).isEqualTo(problem.column());
  }

  @Test
  void aConfigurationProblemIsTheSameExceptionThroughTheMapper() {
    String json = "{\"format\": \"icsmodel/1\", \"id\": \"a\", \"name\": \"A\",\n"
        + " \"icb\": {\"id\": \"icb\", \"name\": \"ICB\", \"odsCode\": \"qz1\"}}";

    JsonProblem problem =
        catchThrowableOfType(JsonProblem.class, () -> USERS.readValue(json, IntegratedCareSystem.class));
    IcsJsonException front = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.parseSystem(json));

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/icb/odsCode"));
    assertThat(problem.line()).isEqualTo(2);
    assertThat(front.pointer()).isEqualTo(problem.pointer());
    assertThat(front.line()).isEqualTo(problem.line());
    assertThat(front.column()).isEqualTo(problem.column());
    assertThat(front.getCause()).isSameAs(problem.getClass().cast(front.getCause()));
  }

  @Test
  void aReportWithoutItsMarkerIsRefusedAtTheTopOnly() {
    String json = "{\"asOf\": \"2025-08-01\", \"findings\": []}";

    JsonProblem problem = catchThrowableOfType(JsonProblem.class, () -> USERS.readValue(json, ValidationReport.class));

    assertThat(problem.problem()).contains("missing the format marker");
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle);
  }
}
