package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.IcsJsonException;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken examples in {@code examples/data/broken/}: the bundled example with one thing broken, one per rule
 * family, each named after the one rule it fails (so each fails for exactly the reason its name says), and documents
 * the reader refuses, each named after its problem. The files are written from the mutations below with
 * {@code -Dics.updateExamples=true}; otherwise the test checks that they are what the mutations make.
 */
class BrokenExamplesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  static final Path DATA = Path.of("data");
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> ruleBreaches() {
    return Stream.of(
        breach("board.mental-health-expertise", d -> members(d).forEach(m ->
            ((ObjectNode) m).put("mentalHealthExpertise", false))),
        breach("board.deputy-chair", d -> ((ObjectNode) members(d).get(5))
            .set("designations", MAPPER.createArrayNode().add("senior-non-executive-member"))),
        breach("interest.declaration-within-28-days", d -> ((ObjectNode) d.at("/icb/registersOfInterests/0/declarations/2"))
            .put("declaredOn", "2024-03-20")),
        breach("icp.local-authority-members", d -> ((ArrayNode) d.at("/icp/members")).remove(2)),
        breach("duty.inequalities-both-limbs", d -> d.at("/dutyAssurances/1/evidence").forEach(evidence ->
            ((ObjectNode) evidence).set("limbs", MAPPER.createArrayNode().add("nhsa2006:14Z35(a)")))),
        breach("plan.jfp-victims-of-abuse", d -> ((ObjectNode) d.at("/jointForwardPlans/1"))
            .put("coversVictimsOfAbuse", false)),
        breach("purpose.each-purpose-has-objective", d -> ((ArrayNode) d.at("/objectives")).remove(3)),
        breach("constitution.published", d -> ((ObjectNode) d.get("icb")).put("constitutionPublished", false)),
        breach("plan.annual-report-published", d -> {
          ArrayNode reports = (ArrayNode) d.at("/annualReports");
          ObjectNode latest = (ObjectNode) reports.get(reports.size() - 1);
          latest.put("givenToNhsEngland", false);
          latest.remove("publishedOn");
        }),
        breach("plan.jfp-consultation", d -> ((ObjectNode) d.at("/jointForwardPlans/1"))
            .put("statesHealthAndWellbeingBoardOpinions", false)),
        breach("plan.annual-report-hwb-consulted", d -> {
          ArrayNode reports = (ArrayNode) d.at("/annualReports");
          ((ObjectNode) reports.get(reports.size() - 1)).put("consultedHealthAndWellbeingBoards", false);
        }),
        breach("structure.references-resolve", d -> ((ArrayNode) d.at("/places/1/members")).add("wexcaster-hospital")));
  }

  static Arguments breach(String rule, Consumer<ObjectNode> mutation) {
    return Arguments.of(rule, mutation);
  }

  static ArrayNode members(ObjectNode document) {
    return (ArrayNode) document.at("/icb/board/members");
  }

  static ObjectNode example() throws IOException {
    return (ObjectNode) MAPPER.readTree(DATA.resolve("northshire.json").toFile());
  }

  static String written(String file, ObjectNode document) throws IOException {
    Path path = DATA.resolve("broken").resolve(file);
    String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    if (Boolean.getBoolean("ics.updateExamples")) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(path, StandardCharsets.UTF_8)).as("regenerate with -Dics.updateExamples=true")
        .isEqualTo(text);
    return text;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleBreaches")
  void each_broken_example_fails_exactly_its_rule(String rule, Consumer<ObjectNode> mutation) throws IOException {
    ObjectNode document = example();
    mutation.accept(document);
    String text = written(rule + ".json", document);

    IntegratedCareSystem system = IcsJson.parseSystem(text);
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(AS_OF)).validate(system, AS_OF);

    assertThat(report.findings().stream().map(Finding::ruleId).map(Object::toString).collect(Collectors.toSet()))
        .containsExactly(rule);
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of("json.misspelt-role", (Consumer<ObjectNode>) d -> ((ObjectNode) members(d).get(0))
            .put("role", "chiar"), "/icb/board/members/0/role: expected one of"),
        Arguments.of("json.unknown-property", (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("icb"))
            .put("odsCdoe", "Q9N"), "did you mean \"odsCode\""),
        Arguments.of("json.wrong-format", (Consumer<ObjectNode>) d -> d.put("format", "icsmodel/2"),
            "icsmodel/1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void each_unreadable_example_is_refused_for_its_reason(String name, Consumer<ObjectNode> mutation, String problem)
      throws IOException {
    ObjectNode document = example();
    mutation.accept(document);
    String text = written(name + ".json", document);

    assertThatThrownBy(() -> IcsJson.parseSystem(text))
        .isInstanceOf(IcsJsonException.class)
        .hasMessageContaining(problem);
  }
}
