package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
  /** Today: the example does not expire, so each broken example fails for its one reason under the real clock. */
  static final LocalDate AS_OF = LocalDate.now();
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
        // Every year's report, so that the one due on the day the test runs is among them.
        breach("plan.annual-report-published", d -> d.at("/annualReports").forEach(report -> {
          ((ObjectNode) report).put("givenToNhsEngland", false);
          ((ObjectNode) report).remove("publishedOn");
        })),
        breach("plan.jfp-consultation", d -> ((ObjectNode) d.at("/jointForwardPlans/1"))
            .put("statesHealthAndWellbeingBoardOpinions", false)),
        breach("plan.annual-report-hwb-consulted", d -> d.at("/annualReports").forEach(report ->
            ((ObjectNode) report).put("consultedHealthAndWellbeingBoards", false))),
        breach("structure.references-resolve", d -> ((ArrayNode) d.at("/places/1/members")).add("wexcaster-hospital")),
        // Board truth (issue #10): realistic unlawful boards, and lawful boards whose facts are not recorded.
        // Members: 0 chair, 1 chief executive, 2 finance, 3 medical, 4 nursing, 5-7 non-executives, 8 trusts'
        // partner, 9 primary care partner, 10 local authorities' partner, 11 director of public health (participant).
        breach("board.partner-member-local-authorities--nominated-by-the-trusts", d -> nominatedBy(member(d, 10),
            "northshire-hospitals", "wexcaster-hospitals", "northshire-mh", "northshire-community",
            "regional-ambulance")),
        breach("board.partner-member-local-authorities--nominated-by-a-council-outside-the-area", d -> {
          organisations(d).add(MAPPER.createObjectNode().put("id", "farmouth-council").put("name",
              "Farmouth City Council").put("kind", "local-authority").put("gssCode", "E06000098")
              .put("localAuthorityType", "unitary-authority"));
          nominatedBy(member(d, 10), "farmouth-council");
        }),
        breach("board.partner-member-local-authorities--stated-as-the-trusts", d -> member(d, 10)
            .put("nominatingConstituency", "trusts-of-the-area").remove("nominatedBy")),
        breach("board.partner-member-trusts--nominated-by-a-private-hospital-company", d -> {
          organisations(d).add(MAPPER.createObjectNode().put("id", "shires-private").put("name",
              "Shires Private Hospitals Ltd").put("kind", "independent-sector-provider"));
          nominatedBy(member(d, 8), "shires-private");
        }),
        breach("board.partner-member-trusts--nominated-by-a-council", d -> nominatedBy(member(d, 8), "wexcaster-council")),
        // Issue 19: a trust that provides no services in the ICB's area (para 8(2)(a)(i)), recorded as such.
        breach("board.partner-member-trusts--nominated-by-a-trust-outside-the-area", d -> ((ObjectNode)
            organisations(d).get(8)).set("areasServed", MAPPER.createArrayNode().add("E06000098"))),
        breach("board.partner-member-trust-area-unrecorded", d -> ((ObjectNode) organisations(d).get(4))
            .remove("areasServed")),
        breach("board.appointed-before-establishment", d -> member(d, 0).put("appointedOn", "2022-03-01")),
        breach("plan.jfp-describes-services", d -> ((ObjectNode) d.at("/jointForwardPlans/1"))
            .put("describesHealthServices", false)),
        breach("icp.strategy-revision-considered", d -> ((ObjectNode) d.at("/needsAssessments/0"))
            .put("strategyRevisionConsidered", false)),
        breach("board.partner-member-primary-medical-services--nominated-by-the-councils", d -> nominatedBy(
            (ObjectNode) member(d, 9).without("nominatingConstituency"), "northshire-cc", "wexcaster-council")),
        breach("board.partner-member-primary-medical-services--nominated-by-a-trust", d -> nominatedBy(
            (ObjectNode) member(d, 9).without("nominatingConstituency"), "northshire-mh")),
        breach("board.partner-member-joint-nomination--one-trust-alone", d -> nominatedBy(member(d, 8),
            "northshire-hospitals")),
        breach("board.partner-member-joint-nomination--one-council-of-two", d -> nominatedBy(member(d, 10),
            "northshire-cc")),
        breach("board.partner-member-nomination-unrecorded--trusts-member-nominated-by-nobody", d -> member(d, 8)
            .remove("nominatedBy")),
        breach("board.chief-executive-employed", d -> member(d, 1).put("employedByIcb", false)),
        breach("board.chief-executive-employment-unrecorded", d -> member(d, 1).remove("employedByIcb")),
        breach("board.mental-health-expertise--not-recorded", d -> members(d).forEach(m ->
            ((ObjectNode) m).remove("mentalHealthExpertise"))),
        breach("board.person-in-two-seats", d -> member(d, 3).put("person", "chief-finance-officer")),
        breach("board.disqualified--member-of-parliament", d -> member(d, 10).set("disqualifications",
            MAPPER.createArrayNode().add("member-of-parliament"))),
        breach("board.independence", d -> member(d, 7).set("privateHealthcareInvolvement",
            MAPPER.createObjectNode().put("description", "Director of a private hospital group in the area")
                .put("underminesIndependence", true).put("assessedOn", "2023-03-14"))),
        breach("board.vacancy--term-ended", d -> member(d, 7).put("termEndsOn", "2026-03-31")),
        breach("board.vacancy--recorded", d -> ((ObjectNode) d.at("/icb/board")).set("vacancies", MAPPER
            .createArrayNode().add(MAPPER.createObjectNode().put("id", "director-of-strategy").put("role",
                "ordinary-member").put("ordinaryMemberKind", "executive-member").put("postTitle",
                "Director of Strategy").put("vacantSince", "2026-09-01")))),
        breach("board.chair-count--two-chairs", d -> members(d).insert(1, member(d, 0).deepCopy()
            .put("id", "second-chair").put("name", "Professor Alan Grey"))),
        breach("board.chair-appointment--appointed-by-the-icb", d -> member(d, 0)
            .put("appointedBy", "integrated-care-board")),
        breach("board.chair-appointment--approved-by-nhs-england-only", d -> member(d, 0)
            .set("approvedBy", MAPPER.createArrayNode().add("nhs-england"))),
        breach("board.chair-appointment-unrecorded", d -> member(d, 0).without(List.of("appointedBy", "approvedBy"))),
        breach("board.chief-executive-appointment", d -> member(d, 1).put("appointedBy", "nhs-england")),
        breach("board.ordinary-member-approval", d -> member(d, 8)
            .set("approvedBy", MAPPER.createArrayNode().add("nhs-england"))),
        breach("board.ordinary-member-approval-unrecorded", d -> member(d, 8).remove("approvedBy")));
  }

  static ObjectNode member(ObjectNode document, int index) {
    return (ObjectNode) members(document).get(index);
  }

  static ArrayNode organisations(ObjectNode document) {
    return (ArrayNode) document.get("organisations");
  }

  static ObjectNode nominatedBy(ObjectNode member, String... organisations) {
    ArrayNode ids = MAPPER.createArrayNode();
    for (String organisation : organisations) {
      ids.add(organisation);
    }
    return member.set("nominatedBy", ids);
  }

  /** The rule a broken example is named after: its file name, less any {@code --variant}. */
  static String ruleOf(String name) {
    int variant = name.indexOf("--");
    return variant < 0 ? name : name.substring(0, variant);
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
  void each_broken_example_fails_exactly_its_rule(String name, Consumer<ObjectNode> mutation) throws IOException {
    ObjectNode document = example();
    mutation.accept(document);
    String text = written(name + ".json", document);

    IntegratedCareSystem system = IcsJson.parseSystem(text);
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(AS_OF)).validate(system, AS_OF);

    assertThat(report.findings().stream().map(Finding::ruleId).map(Object::toString).collect(Collectors.toSet()))
        .containsExactly(ruleOf(name));
    // Not recorded is not false: a fact the file is silent on never makes the configuration invalid.
    if (name.contains("unrecorded") || name.contains("not-recorded")) {
      assertThat(report.isValid()).as("a board that may well be lawful is not an ERROR").isTrue();
    }
  }

  /** Doubled words ("the chair chair"), and words that only a Java programmer would write. */
  static final Pattern DOUBLED = Pattern.compile("\\b(\\w+) \\1\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern JAVA = Pattern.compile(
      "\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z]{2,}_[A-Z_]+\\b|Optional|io\\.github|\\.java\\b|\\bnull\\b");

  @Test
  void no_finding_message_doubles_a_word_or_names_a_java_type() throws IOException {
    List<Finding> findings = new ArrayList<>();
    List<Path> documents = new ArrayList<>();
    documents.add(DATA.resolve("northshire.json"));
    try (Stream<Path> broken = Files.list(DATA.resolve("broken"))) {
      broken.filter(p -> !p.getFileName().toString().startsWith("json.")).sorted().forEach(documents::add);
    }
    for (Path document : documents) {
      IntegratedCareSystem system = IcsJson.parseSystem(Files.readString(document, StandardCharsets.UTF_8));
      findings.addAll(Validator.of(EnglandReferenceRules.ruleSet(AS_OF)).validate(system, AS_OF).findings());
    }
    findings.addAll(Validator.of(EnglandReferenceRules.ruleSet(AS_OF)).validate(SystemTour.system(), AS_OF)
        .findings());

    assertThat(documents).hasSizeGreaterThanOrEqualTo(30);
    assertThat(findings).isNotEmpty().allSatisfy(finding -> {
      assertThat(DOUBLED.matcher(finding.message()).find()).as(finding.message()).isFalse();
      assertThat(JAVA.matcher(finding.message()).find()).as(finding.message()).isFalse();
    });
  }

  @Test
  void a_finding_names_a_local_authority_by_name_and_code() throws IOException {
    String text = Files.readString(DATA.resolve("broken")
        .resolve("board.partner-member-local-authorities--nominated-by-a-council-outside-the-area.json"));
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(AS_OF)).validate(IcsJson.parseSystem(text),
        AS_OF);

    assertThat(report.findings()).extracting(Finding::message)
        .anySatisfy(message -> assertThat(message).contains("Farmouth City Council (E06000098)"));
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
