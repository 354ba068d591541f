package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Coverage;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report's coverage and each finding's kind are written and read back exactly: read(write(report)) equals the
 * report, coverage included, through {@link ReportFormats} and through a user's {@code ObjectMapper} with
 * {@link IcsModule}; a kind that does not follow from the finding is refused where it stands; and a report written
 * before kind and coverage existed still reads, with unknown coverage.
 */
class ReportCoverageTest {
  private static final ObjectMapper USERS = JsonMapper.builder().addModule(new IcsModule()).build();
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2025, 8, 1);

  private static ReadResult<IntegratedCareSystem> read;
  private static ValidationReport validated;

  @BeforeAll
  static void validateABrokenExample() throws Exception {
    ObjectNode document = (ObjectNode) PLAIN.readTree(Examples.text(Examples.NORTHSHIRE));
    ArrayNode members = (ArrayNode) document.get("icb").get("board").get("members");
    ((ObjectNode) members.get(1)).put("employedByIcb", false);
    ((ObjectNode) members.get(5)).remove("designations");
    String text = IcsJson.toJson(IcsJson.parseSystem(PLAIN.writeValueAsString(document)));
    read = IcsJson.reader().readSystem(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "n.json");
    validated = Validator.of(RuleSet.all()).validate(read.value(), AS_OF);
  }

  private static ValidationReport handBuilt() {
    return ValidationReport.of(
        AS_OF,
        List.of(
            Finding.builder()
                .ruleId(RuleId.of("local.named-lead"))
                .severity(Severity.WARNING)
                .path(JsonPointer.of("/icb"))
                .message("No named lead for inequalities is recorded.")
                .basis(PolicyReference.of("NHS England", "Local guidance", "2024-01-01"))
                .build()));
  }

  @Test
  void aValidatorReportHasKnownCoverageAndFindingsOfEveryLawfulKind() {
    assertThat(validated.coverage().isKnown()).isTrue();
    assertThat(validated.coverage().checked()).isNotEmpty();
    assertThat(validated.coverage().advisedOn()).isNotEmpty();
    assertThat(validated.coverage().notChecked()).isNotEmpty();
    assertThat(validated.coverage().checkedInPart()).isNotEmpty();
    assertThat(validated.findings()).extracting(Finding::kind).contains(RuleKind.LAW, RuleKind.POLICY);
  }

  @Test
  void knownCoverageReadsBackEqualThroughReportFormatsAndAUsersMapper() throws Exception {
    String written = ReportFormats.toJson(validated);

    ValidationReport again = ReportFormats.parseJson(written);
    assertThat(again).isEqualTo(validated);
    assertThat(again.coverage()).isEqualTo(validated.coverage());
    assertThat(USERS.readValue(written, ValidationReport.class).coverage()).isEqualTo(validated.coverage());
    assertThat(USERS.readValue(USERS.writeValueAsString(validated), ValidationReport.class)).isEqualTo(validated);
    assertThat(ReportFormats.parseJson(ReportFormats.toJson(validated, read.locations()))).isEqualTo(validated);
    assertThat(ReportFormats.toJson(again)).isEqualTo(written);
  }

  @Test
  void theCoverageOfFewerRulesReadsBackAsItself() {
    Coverage boardOnly = Coverage.of(RuleSet.all().filter(rule -> rule.id().namespace().equals("board")).rules());
    ValidationReport report = ValidationReport.of(AS_OF, validated.findings(), boardOnly);

    ValidationReport again = ReportFormats.parseJson(ReportFormats.toJson(report));

    assertThat(again.coverage()).isEqualTo(boardOnly).isNotEqualTo(validated.coverage());
    assertThat(again).isEqualTo(report);
  }

  @Test
  void unknownCoverageReadsBackUnknown() throws Exception {
    ValidationReport report = handBuilt();
    String written = ReportFormats.toJson(report);

    JsonNode coverage = PLAIN.readTree(written).get("coverage");
    assertThat(coverage.get("known").asBoolean()).isFalse();
    assertThat(coverage.has("checked")).isFalse();
    assertThat(ReportFormats.parseJson(written)).isEqualTo(report);
    assertThat(ReportFormats.parseJson(written).coverage().isKnown()).isFalse();
    assertThat(USERS.readValue(USERS.writeValueAsString(report), ValidationReport.class)).isEqualTo(report);
  }

  @Test
  void reportsWithDifferentCoverageAreNotEqual() {
    ValidationReport known = ValidationReport.of(AS_OF, validated.findings(), validated.coverage());
    ValidationReport unknown = ValidationReport.of(AS_OF, validated.findings());

    assertThat(known.withRuleKinds(validated.ruleKinds())).isEqualTo(validated);
    assertThat(known).isNotEqualTo(unknown);
    assertThat(ReportFormats.parseJson(ReportFormats.toJson(unknown))).isEqualTo(unknown).isNotEqualTo(known);
  }

  @Test
  void provisionsAreWrittenAsStatutoryBasesAndDutiesByIdWithTheirReason() throws Exception {
    JsonNode coverage = PLAIN.readTree(ReportFormats.toJson(validated)).get("coverage");

    assertThat(coverage.get("statement").asText()).isEqualTo(Coverage.STATEMENT);
    JsonNode first = coverage.get("checked").get(0);
    assertThat(first.get("citation").asText()).isEqualTo(validated.coverage().checked().get(0).citation());
    assertThat(first.get("statutory").asBoolean()).isTrue();
    assertThat(first.get("act").asText())
        .isEqualTo(validated.coverage().checked().get(0).act().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    assertThat(first.has("section") || first.has("paragraph")).isTrue();
    assertThat(coverage.get("advisedOn")).hasSize(validated.coverage().advisedOn().size());
    JsonNode duty = coverage.get("notChecked").get(0);
    Coverage.NotChecked expected = validated.coverage().notChecked().get(0);
    assertThat(duty.get("duty").asText()).isEqualTo(expected.duty().id().toString());
    assertThat(duty.get("provision").asText()).isEqualTo(expected.duty().provision().citation());
    assertThat(duty.get("reason").asText()).isEqualTo(expected.reason());
  }

  @Test
  void theRuleKindsThatRanAreRecordedInJsonAndSarifAndReadBack() throws Exception {
    ValidationReport policy = Validator.of(RuleSet.policy()).validate(read.value(), AS_OF);
    JsonNode json = PLAIN.readTree(ReportFormats.toJson(policy));
    JsonNode sarif = PLAIN.readTree(ReportFormats.toSarif(policy, read.locations()));

    assertThat(json.get("ruleKinds")).extracting(JsonNode::asText)
        .containsExactly("law-not-shown", "policy", "law-advice", "advice");
    assertThat(sarif.get("runs").get(0).get("properties").get("ruleKinds")).isEqualTo(json.get("ruleKinds"));
    assertThat(PLAIN.readTree(ReportFormats.toJson(validated)).get("ruleKinds")).hasSize(6);
    ValidationReport again = ReportFormats.parseJson(ReportFormats.toJson(policy));
    assertThat(again).isEqualTo(policy);
    assertThat(again.omits(RuleKind.LAW)).isTrue();
    assertThat(USERS.readValue(USERS.writeValueAsString(policy), ValidationReport.class)).isEqualTo(policy);
    assertThat(PLAIN.readTree(ReportFormats.toJson(handBuilt())).has("ruleKinds")).as("not known: left out")
        .isFalse();

    ObjectNode twice = (ObjectNode) json;
    ((ArrayNode) twice.get("ruleKinds")).add("policy");
    assertThatThrownBy(() -> ReportFormats.parseJson(twice.toString())).hasMessageContaining("listed twice");
  }

  @Test
  void sarifCarriesTheSameCoverageInItsRunProperties() throws Exception {
    JsonNode sarif = PLAIN.readTree(ReportFormats.toSarif(validated, read.locations()));
    JsonNode properties = sarif.get("runs").get(0).get("properties");
    ObjectNode json = (ObjectNode) PLAIN.readTree(ReportFormats.toJson(validated));

    assertThat(properties.get("coverage")).isEqualTo(json.get("coverage"));
    json.set("coverage", properties.get("coverage"));
    assertThat(ReportFormats.parseJson(json.toString()).coverage()).isEqualTo(validated.coverage());
  }

  @Test
  void aKindThatDoesNotFollowFromTheFindingIsRefusedWhereItStands() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(ReportFormats.toJson(validated));
    int law = indexOfKind(RuleKind.LAW);
    assertThat(tree.get("findings").get(law).get("kind").asText()).isEqualTo("law");
    ((ObjectNode) tree.get("findings").get(law)).put("kind", "advice");
    String json = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree);

    JsonProblem problem = catchThrowableOfType(JsonProblem.class, () -> USERS.readValue(json, ValidationReport.class));
    IcsJsonException front = catchThrowableOfType(IcsJsonException.class, () -> ReportFormats.parseJson(json));

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/findings/" + law + "/kind"));
    assertThat(problem.problem()).contains("\"kind\" is \"advice\"").contains("statutory basis is \"law\"");
    int line = lineOf(json, "\"kind\" : \"advice\"");
    assertThat(problem.line()).isEqualTo(line);
    assertThat(problem.column()).isEqualTo(json.split("\n", -1)[line - 1].indexOf("\"advice\"") + 1);
    assertThat(front.pointer()).isEqualTo(problem.pointer());
    assertThat(front.line()).isEqualTo(problem.line());
    assertThat(front.column()).isEqualTo(problem.column());
  }

  @Test
  void aKindThatIsNoKindIsRefusedWithASuggestion() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(ReportFormats.toJson(validated));
    ((ObjectNode) tree.get("findings").get(0)).put("kind", "lw");

    IcsJsonException problem = catchThrowableOfType(IcsJsonException.class, () -> ReportFormats.parseJson(tree.toString()));

    assertThat(problem.pointer()).isEqualTo(JsonPointer.of("/findings/0/kind"));
    assertThat(problem.problem()).contains("law, integrity, law-not-shown, policy, law-advice, advice").contains("did you mean \"law\"?");
  }

  @Test
  void aReportWrittenBeforeKindAndCoverageStillReadsWithUnknownCoverage() {
    String old = "{\"format\": \"icsmodel-report/1\", \"valid\": true, \"asOf\": \"2025-08-01\",\n"
        + " \"counts\": {\"fatal\": 0, \"error\": 0, \"warning\": 1, \"information\": 0, \"waived\": 0},\n"
        + " \"findings\": [{\"ruleId\": \"local.named-lead\", \"severity\": \"warning\", \"path\": \"/icb\",\n"
        + "   \"message\": \"No named lead for inequalities is recorded.\",\n"
        + "   \"basis\": {\"citation\": \"NHS England, Local guidance (2024-01-01)\", \"statutory\": false,\n"
        + "             \"publisher\": \"NHS England\", \"title\": \"Local guidance\", \"date\": \"2024-01-01\"},\n"
        + "   \"waived\": false}]}";
    ValidationReport expected = handBuilt();
    assertThat(expected.findings().get(0).basis().citation()).isEqualTo("NHS England, Local guidance (2024-01-01)");

    ValidationReport report = ReportFormats.parseJson(old);

    assertThat(report).isEqualTo(expected);
    assertThat(report.coverage().isKnown()).isFalse();
  }

  @Test
  void aValidatorReportStrippedOfKindsAndCoverageReadsAsItsFindings() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(ReportFormats.toJson(validated));
    tree.remove("coverage");
    tree.remove("ruleKinds");
    tree.get("findings").forEach(finding -> ((ObjectNode) finding).remove("kind"));

    assertThat(USERS.readValue(tree.toString(), ValidationReport.class))
        .isEqualTo(ValidationReport.of(AS_OF, validated.findings()));
  }

  @Test
  void coverageThatContradictsItselfOrTheCatalogueIsRefused() throws Exception {
    assertRefused(c -> ((ObjectNode) c.get("notChecked").get(0)).put("duty", "nhsa2006:999"),
        "/coverage/notChecked/0/duty", "no statutory duty nhsa2006:999");
    assertRefused(c -> ((ObjectNode) c.get("notChecked").get(0)).put("duty", "NHSA2006:3"),
        "/coverage/notChecked/0/duty", "not a duty id");
    assertRefused(c -> ((ObjectNode) c.get("checkedInPart").get(0)).put("provision", "NHS Act 2006 s.1"),
        "/coverage/checkedInPart/0/provision", "is not that of the duty");
    assertRefused(c -> ((ObjectNode) c.get("notChecked").get(0)).remove("reason"),
        "/coverage/notChecked/0", "missing required property \"reason\"");
    assertRefused(c -> ((ObjectNode) c.get("notChecked").get(0)).put("reason", " "),
        "/coverage/notChecked/0", "blank");
    assertRefused(c -> c.remove("known"), "/coverage", "missing required property \"known\"");
    assertRefused(c -> c.put("known", false), "/coverage", "coverage that is not known has no \"checked\"");
    assertRefused(c -> c.put("unchecked", true), "/coverage/unchecked", "unknown property \"unchecked\"");
    assertRefused(c -> ((ArrayNode) c.get("advisedOn")).add(c.get("checked").get(0).deepCopy()),
        "/coverage", "appears twice in the coverage");
    assertRefused(c -> ((ArrayNode) c.get("checked")).set(0, PLAIN.valueToTree(java.util.Map.of(
            "citation", "NHS England, Guide", "statutory", false, "publisher", "NHS England", "title", "Guide"))),
        "/coverage/checked/0", "expected a statutory basis");
    LegalReference part = LegalReference.section(Act.NHS_ACT_2006, "14Z29").subdivision("(1)");
    assertRefused(c -> ((ArrayNode) c.get("checked")).set(0, PLAIN.valueToTree(java.util.Map.of(
            "citation", part.citation(), "statutory", true, "act", "nhs-act-2006", "section", "14Z29",
            "subdivision", "(1)"))),
        "/coverage", "coverage is by whole section or schedule paragraph");
  }

  private interface Edit {
    void apply(ObjectNode coverage) throws Exception;
  }

  private static void assertRefused(Edit edit, String pointer, String message) throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(ReportFormats.toJson(validated));
    edit.apply((ObjectNode) tree.get("coverage"));
    String json = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree);

    IcsJsonException problem = catchThrowableOfType(IcsJsonException.class, () -> ReportFormats.parseJson(json));

    assertThat(problem).as("%s: %s", pointer, message).isNotNull();
    assertThat(problem.pointer()).as(problem.getMessage()).isEqualTo(JsonPointer.of(pointer));
    assertThat(problem.problem()).contains(message);
    assertThat(problem.line()).isPositive();
  }

  private static int indexOfKind(RuleKind kind) {
    for (int i = 0; i < validated.findings().size(); i++) {
      if (validated.findings().get(i).kind() == kind) {
        return i;
      }
    }
    throw new AssertionError("no finding of kind " + kind);
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not found");
  }
}
