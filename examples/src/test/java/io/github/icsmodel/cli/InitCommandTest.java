package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.reference.EnglandReference;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.reference.Geography;
import io.github.icsmodel.reference.ReferenceIcb;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InitCommandTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final LocalDate LAST_DAY_OF_THE_42 = LocalDate.of(2026, 3, 31);

  /** The 42 ICBs of 1 July 2022 to 31 March 2026. */
  static Stream<ReferenceIcb> icbs() {
    return EnglandReference.load().icbs(LAST_DAY_OF_THE_42).stream();
  }

  /** The 36 ICBs from 1 April 2026. */
  static Stream<ReferenceIcb> currentIcbs() {
    return EnglandReference.load().icbs(TODAY).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("icbs")
  void init_writes_a_starting_configuration_that_reads_and_lists_what_is_left_to_do(ReferenceIcb icb) {
    check(icb, Geography.APRIL_2024, LAST_DAY_OF_THE_42);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentIcbs")
  void init_works_for_each_of_the_36_current_icbs(ReferenceIcb icb) {
    IntegratedCareSystem written = check(icb, Geography.APRIL_2026, TODAY);
    assertThat(written.icb().gssCode()).contains(icb.onsCodeOn(TODAY).orElseThrow());
    assertThat(written.icb().establishedOn()).isEqualTo(icb.established());
    assertThat(written.icb().predecessors()).hasSize(
        icb.established().equals(LocalDate.of(2026, 4, 1)) ? EnglandReference.load().predecessorsOf(icb).size() : 0);
  }

  @org.junit.jupiter.api.Test
  void the_board_skeleton_has_one_unrecorded_seat_per_required_seat_and_no_fact() {
    io.github.icsmodel.board.Board board = InitCommand.boardSkeleton();

    assertThat(board.members()).isEmpty();
    assertThat(board.vacancies()).as("not vacant either: unknown").isEmpty();
    assertThat(board.unrecordedSeats()).extracting(seat -> seat.id().toString()).containsExactly(
        "chair", "chief-executive", "partner-member-trusts", "partner-member-primary-medical-services",
        "partner-member-local-authorities", "director-of-finance", "medical-director", "director-of-nursing",
        "non-executive-member-1", "non-executive-member-2");
    assertThat(board.unrecordedSeats()).allSatisfy(seat -> assertThat(seat.postTitle()).isEmpty());
    String json = IcsJson.toJson(InitCommand.configuration(EnglandReference.load(),
        EnglandReference.load().icbs(TODAY).get(0), Geography.APRIL_2026));
    assertThat(json).contains("\"unrecordedSeats\"").doesNotContain("\"members\": [\n        {\n          \"id\": \"chair\"")
        .doesNotContain("appointedOn").doesNotContain("nominatedBy").doesNotContain("constitutionPublished\": true");
  }

  @org.junit.jupiter.api.Test
  void the_hint_quotes_a_path_for_the_shell() {
    assertThat(InitCommand.shellWord("qyg.json")).isEqualTo("qyg.json");
    assertThat(InitCommand.shellWord("/tmp/my board.json")).isEqualTo("'/tmp/my board.json'");
    assertThat(InitCommand.shellWord("it's.json")).isEqualTo("'it'\\''s.json'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentIcbs")
  void init_for_each_of_the_36_current_icbs_states_no_false_fact_and_validates_today_with_no_error(ReferenceIcb icb) {
    String json = IcsJson.toJson(InitCommand.configuration(EnglandReference.load(), icb, Geography.APRIL_2026));
    assertThat(json).as("init writes no fact it does not know").doesNotContain("constitutionPublished",
        "recordedSections");
    IntegratedCareSystem read = IcsJson.parseSystem(json);

    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(TODAY)).validate(read, TODAY);

    assertThat(report.blocking()).as("a starting file states no breach: 0 ERRORs").isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
        .extracting(f -> f.ruleId().toString())
        .as("the WARNINGs say what to record next")
        .contains("constitution.publication-unrecorded", "interest.registers-unrecorded", "icp.members-unrecorded",
            "icp.strategy-unrecorded", "board.seat-unrecorded");
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.WARNING
            && f.ruleId().toString().endsWith("-unrecorded"))
        .allSatisfy(f -> assertThat(f.message()).containsAnyOf("not recorded", "does not record"));
  }

  private static IntegratedCareSystem check(ReferenceIcb icb, Geography edition, LocalDate asOf) {
    IntegratedCareSystem written = InitCommand.configuration(EnglandReference.load(), icb, edition);
    IntegratedCareSystem read = IcsJson.parseSystem(IcsJson.toJson(written));
    assertThat(read).isEqualTo(written);

    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(read, asOf);

    assertThat(report.count(Severity.FATAL)).isZero();
    assertThat(report.findings()).extracting(f -> f.ruleId().namespace())
        .as("the reference data and the structure are right from the start")
        .doesNotContain("reference", "structure");
    long responsible = EnglandReference.load().responsibleLocalAuthorities(icb, edition).size();
    assertThat(report.findings()).extracting(Finding::ruleId).extracting(Object::toString)
        .contains("board.seat-unrecorded", "icp.members-unrecorded")
        .doesNotContain("icp.icb-member", "icp.local-authority-members", "constitution.published");
    assertThat(report.blocking()).as("the board skeleton states no fact, so no board rule finds a breach")
        .noneMatch(f -> f.path().startsWith(io.github.icsmodel.validation.JsonPointer.of("/icb/board")))
        .noneMatch(f -> f.ruleId().namespace().equals("board"));
    assertThat(report.forRule(io.github.icsmodel.validation.RuleId.of("board.seat-unrecorded")))
        .as("one WARNING per seat to fill in").hasSize(10)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(read.icb().board().members()).as("nobody named").isEmpty();
    // A joint forward plan is not yet due in the financial year an ICB is established (PlanProvisions), as for the six
    // ICBs of 1 April 2026 in 2026/27.
    boolean establishedThisYear = icb.established().getYear() == asOf.getYear() && asOf.getMonthValue() > 3
        && icb.established().getMonthValue() > 3;
    assertThat(report.findings()).extracting(f -> f.ruleId().toString())
        .matches(ids -> ids.contains("plan.jfp-unrecorded") != establishedThisYear,
            "plan.jfp-unrecorded due unless new")
        .doesNotContain("plan.jfp-exists");
    assertThat(read.places()).hasSize((int) responsible);
    return read;
  }

  /** Names that exist (issue 19 item 7): no council is named the ONS area plus " Council". */
  @ParameterizedTest(name = "{0}")
  @MethodSource("currentIcbs")
  void init_names_each_local_authority_by_its_area_never_inventing_a_council_name(ReferenceIcb icb) {
    IntegratedCareSystem written = InitCommand.configuration(EnglandReference.load(), icb, Geography.APRIL_2026);

    assertThat(written.organisations()).filteredOn(o -> o.isLocalAuthority()).isNotEmpty().allSatisfy(o ->
        assertThat(o.name()).matches("the (local authority|county council) for .+|the Common Council of the City of"
            + " London|the Council of the Isles of Scilly").doesNotEndWith(" Council"));
  }

  @org.junit.jupiter.api.Test
  void liverpool_is_the_local_authority_for_liverpool_and_its_code_is_kept() {
    ReferenceIcb cheshireAndMerseyside = EnglandReference.load().icbs(TODAY).stream()
        .filter(icb -> icb.name().contains("Cheshire and Merseyside")).findFirst().orElseThrow();
    IntegratedCareSystem written = InitCommand.configuration(EnglandReference.load(), cheshireAndMerseyside,
        Geography.APRIL_2026);

    assertThat(written.organisations()).anySatisfy(o -> {
      assertThat(o.name()).isEqualTo("the local authority for Liverpool");
      assertThat(o.gssCode()).map(Object::toString).contains("E08000012");
    });
    assertThat(written.organisations()).noneSatisfy(o -> assertThat(o.name()).isEqualTo("Liverpool Council"));
  }
}
