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
    assertThat(report.findings().stream().filter(f -> f.ruleId().toString().equals("icp.local-authority-members")))
        .as("one ICP member to appoint per responsible local authority")
        .hasSize((int) responsible);
    assertThat(report.findings()).extracting(Finding::ruleId).extracting(Object::toString)
        .contains("board.chair-count", "icp.icb-member");
    // A joint forward plan is not yet due in the financial year an ICB is established (Planning), as for the six
    // ICBs of 1 April 2026 in 2026/27.
    boolean establishedThisYear = icb.established().getYear() == asOf.getYear() && asOf.getMonthValue() > 3
        && icb.established().getMonthValue() > 3;
    assertThat(report.findings()).extracting(f -> f.ruleId().toString())
        .matches(ids -> ids.contains("plan.jfp-exists") != establishedThisYear, "plan.jfp-exists due unless new");
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
