package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evidence corpus in {@code examples/data/evidence/}: configurations of real ICBs that record only what their
 * published evidence states (sources in the README beside them). Not recorded is not false: silent on plans,
 * reports, registers, the partnership and (where no source states it) the constitution's publication, they give no
 * statutory ERROR, today or at the date of their evidence. A file whose sources state only part of the board lists
 * the seats Sch. 1B paras 3 and 8 require that no source states as unrecorded seats, each a WARNING. One-defect
 * variants that <em>record</em> a breach raise exactly the rule for it.
 */
class EvidenceCorpusTest {
  static final Path EVIDENCE = Path.of("data", "evidence");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** The board composition rules of Sch. 1B paras 3 and 8 that a board without its unrecorded seats would break. */
  static final Set<String> BOARD_COMPOSITION = Set.of("board.chair-count", "board.chief-executive-count",
      "board.ordinary-member-count", "board.partner-member-local-authorities",
      "board.partner-member-primary-medical-services", "board.partner-member-trusts");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(EVIDENCE)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
    }
  }

  static LocalDate ownDate(JsonNode document) {
    return LocalDate.parse(document.get("extensions").get("evidenceAsOf").asText());
  }

  static List<String> errors(JsonNode document, LocalDate asOf) throws IOException {
    IntegratedCareSystem system = IcsJson.parseSystem(MAPPER.writeValueAsString(document));
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(system, asOf);
    return report.findings().stream().filter(Finding::isBlocking).map(f -> f.ruleId().toString())
        .sorted().collect(Collectors.toList());
  }

  /** The date the variants are checked: today, or the evidence's own date for an ICB abolished by today. */
  static LocalDate variantDate(JsonNode document) throws IOException {
    IntegratedCareSystem system = IcsJson.parseSystem(MAPPER.writeValueAsString(document));
    ValidationReport today = Validator.of(EnglandReferenceRules.ruleSet(TODAY)).validate(system, TODAY);
    boolean abolished = today.findings().stream().anyMatch(f -> f.message().contains("was abolished")
        || f.ruleId().toString().equals("icb.dissolved"));
    return abolished ? ownDate(document) : TODAY;
  }

  @Test
  void the_corpus_has_at_least_ten_files_each_with_its_date_and_a_source_in_the_readme() throws IOException {
    List<Path> files = files().collect(Collectors.toList());
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    String readme = Files.readString(EVIDENCE.resolve("README.md"));
    for (Path file : files) {
      assertThat(readme).as("the README names the sources of %s", file).contains(file.getFileName().toString());
      assertThat(ownDate(MAPPER.readTree(file.toFile()))).isBeforeOrEqualTo(TODAY);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void a_file_that_records_only_published_evidence_has_no_statutory_error_today_or_at_its_own_date(Path file)
      throws IOException {
    JsonNode document = MAPPER.readTree(file.toFile());
    for (LocalDate asOf : List.of(TODAY, ownDate(document))) {
      assertThat(errors(document, asOf)).as("%s as of %s", file, asOf).isEmpty();
    }
  }

  static Stream<Path> filesWithUnrecordedSeats() throws IOException {
    List<Path> withSeats = new ArrayList<>();
    for (Path file : files().collect(Collectors.toList())) {
      if (MAPPER.readTree(file.toFile()).at("/icb/board/unrecordedSeats").size() > 0) {
        withSeats.add(file);
      }
    }
    return withSeats.stream();
  }

  @Test
  void eight_files_record_part_of_the_board_and_mark_the_seats_no_source_states_as_unrecorded() throws IOException {
    assertThat(filesWithUnrecordedSeats().map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
        "bristol-north-somerset-and-south-gloucestershire.json", "buckinghamshire-oxfordshire-and-berkshire-west.json",
        "gloucestershire.json", "hertfordshire-and-west-essex.json", "humber-and-north-yorkshire.json",
        "kent-and-medway.json", "nottingham-and-nottinghamshire.json", "west-yorkshire.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filesWithUnrecordedSeats")
  void an_unrecorded_seat_is_a_warning_and_without_it_the_board_lacks_the_seat(Path file) throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(file.toFile());
    LocalDate asOf = ownDate(document);
    IntegratedCareSystem system = IcsJson.parseSystem(MAPPER.writeValueAsString(document));
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(system, asOf);
    assertThat(report.findings().stream().filter(f -> f.ruleId().toString().equals("board.seat-unrecorded")))
        .as("%s as of %s", file, asOf)
        .hasSize(document.at("/icb/board/unrecordedSeats").size())
        .allMatch(f -> !f.isBlocking());

    ObjectNode withoutSeats = document.deepCopy();
    ((ObjectNode) withoutSeats.get("icb").get("board")).remove("unrecordedSeats");
    assertThat(errors(withoutSeats, asOf)).as("%s without its unrecorded seats, as of %s", file, asOf)
        .isNotEmpty().allMatch(BOARD_COMPOSITION::contains);
  }

  static Stream<Arguments> variants() throws IOException {
    List<Arguments> variants = new ArrayList<>();
    for (Path file : files().collect(Collectors.toList())) {
      variants.add(Arguments.of(file, "plan.jfp-exists", "joint forward plans recorded as none",
          (Consumer<ObjectNode>) d -> d.putArray("recordedSections").add("joint-forward-plans")));
      variants.add(Arguments.of(file, "interest.registers-kept", "a register recorded as not covering employees",
          (Consumer<ObjectNode>) d -> {
            ObjectNode register = ((ObjectNode) d.get("icb")).putArray("registersOfInterests").addObject();
            register.put("id", "register-of-interests");
            register.putArray("covers").add("board-members").add("committee-members");
            register.put("access", "published");
          }));
      variants.add(Arguments.of(file, "constitution.published", "the constitution recorded as not published",
          (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("icb")).put("constitutionPublished", false)));
      variants.add(Arguments.of(file, "board.partner-member-trusts", "a trust nominator outside the area",
          (Consumer<ObjectNode>) EvidenceCorpusTest::nominatedByATrustOutsideTheArea));
    }
    return variants.stream();
  }

  /**
   * Records a footprint (one local authority, as {@code ics init} writes one: an organisation and a footprint area
   * naming it), an NHS trust whose {@code areasServed} lie outside it, and the trusts' partner member as nominated by
   * that trust: the first member of kind {@code partner-member-trusts}, or, where the file records none, its
   * unrecorded seat of that kind made a member. Sch. 1B para 8(2)(a)(i): trusts "that provide services ... within the
   * integrated care board's area".
   */
  static void nominatedByATrustOutsideTheArea(ObjectNode document) {
    ArrayNode organisations = document.has("organisations") ? (ArrayNode) document.get("organisations")
        : document.putArray("organisations");
    ObjectNode council = organisations.addObject();
    council.put("id", "home-council");
    council.put("name", "Home Borough Council");
    council.put("kind", "local-authority");
    council.put("gssCode", "E06000098");
    council.put("localAuthorityType", "unitary-authority");
    ObjectNode trust = organisations.addObject();
    trust.put("id", "trust-far");
    trust.put("name", "Farmouth Hospitals NHS Trust");
    trust.put("kind", "nhs-trust");
    trust.put("odsCode", "R9F");
    trust.putArray("areasServed").add("E09000099");
    ArrayNode footprint = document.has("footprint") ? (ArrayNode) document.get("footprint")
        : document.putArray("footprint");
    footprint.addObject().put("localAuthority", "home-council");

    ObjectNode board = (ObjectNode) document.get("icb").get("board");
    ArrayNode members = board.has("members") ? (ArrayNode) board.get("members") : board.putArray("members");
    for (JsonNode member : members) {
      if ("partner-member-trusts".equals(member.path("ordinaryMemberKind").asText())) {
        ((ObjectNode) member).putArray("nominatedBy").add("trust-far");
        return;
      }
    }
    ArrayNode seats = (ArrayNode) board.get("unrecordedSeats");
    for (int i = 0; i < seats.size(); i++) {
      if ("partner-member-trusts".equals(seats.get(i).path("ordinaryMemberKind").asText())) {
        ObjectNode member = seats.remove(i).deepCopy();
        member.put("name", "Trust Partner Member");
        member.putArray("nominatedBy").add("trust-far");
        members.add(member);
        return;
      }
    }
    throw new IllegalStateException("no partner-member-trusts member or seat");
  }

  @ParameterizedTest(name = "{0} with {2} raises {1}")
  @MethodSource("variants")
  void a_variant_that_records_a_breach_raises_exactly_its_rule(Path file, String rule, String how,
      Consumer<ObjectNode> breach) throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(file.toFile());
    LocalDate asOf = variantDate(document);
    List<String> before = errors(document, asOf);
    ObjectNode broken = document.deepCopy();
    breach.accept(broken);

    List<String> after = new ArrayList<>(errors(broken, asOf));
    for (String error : before) {
      after.remove(error);
    }

    // One breach may be reported at two places: a trust nominator outside the area at the member's nomination and,
    // where no other trusts' partner member counts, as the board's shortfall; both are the same rule.
    assertThat(after).as("%s with %s, as of %s", file, how, asOf).isNotEmpty().containsOnly(rule);
  }
}
