package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.duty.DutyGroup;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Java tour builds, validates as its Javadoc says, and round-trips through JSON. */
class SystemTourTest {

  static Set<String> ruleIds(ValidationReport report, Severity severity) {
    Set<String> ids = new TreeSet<>();
    for (Finding finding : report.findings()) {
      if (finding.severity() == severity) {
        ids.add(finding.ruleId().toString());
      }
    }
    return ids;
  }

  @Test
  void builds_a_small_system_with_a_board_a_partnership_a_plan_and_an_indicator() {
    IntegratedCareSystem system = SystemTour.system();

    assertThat(system).isEqualTo(SystemTour.system());
    assertThat(system.icb().board().members()).hasSize(10);
    assertThat(system.icp()).hasValueSatisfying(icp -> assertThat(icp.members()).hasSize(2));
    assertThat(system.indicators()).hasSize(1);
    assertThat(system.cooperationGraph().unlinkedNhsBodyLocalAuthorityPairs()).isEmpty();
    assertThat(system.jointForwardPlans()).singleElement().satisfies(plan -> assertThat(plan.explainsDuties())
        .containsAll(DutyGroup.GENERAL_DUTIES_OF_ICBS.members())
        .containsAll(DutyGroup.FINANCIAL_DUTIES.members())
        .hasSize(DutyGroup.GENERAL_DUTIES_OF_ICBS.members().size() + DutyGroup.FINANCIAL_DUTIES.members().size()));
  }

  @Test
  void validates_as_documented() {
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(SystemTour.AS_OF))
        .validate(SystemTour.system(), SystemTour.AS_OF);

    assertThat(ruleIds(report, Severity.ERROR)).as("what the tour leaves out is not recorded, which is no breach")
        .isEmpty();
    assertThat(ruleIds(report, Severity.WARNING)).containsExactly("board.partner-member-trust-area-unrecorded",
        "icp.strategy-unrecorded", "inequality.breakdowns",
        "interest.registers-unrecorded", "plan.annual-report-unrecorded", "plan.capital-plan-unrecorded",
        "reference.icb-identity");
    assertThat(report.findings()).extracting(f -> f.ruleId().toString())
        .as("nothing the tour records is at fault; what it does not record is said as such")
        .filteredOn(id -> !id.endsWith("-unrecorded"))
        .noneMatch(id -> id.startsWith("board.") || id.startsWith("structure.") || id.startsWith("plan.jfp"));
  }

  @Test
  void reads_back_equal_from_the_json_it_writes() {
    IntegratedCareSystem system = SystemTour.system();
    String json = IcsJson.toJson(system);

    IntegratedCareSystem read = IcsJson.parseSystem(json);

    assertThat(read).isEqualTo(system);
    assertThat(IcsJson.toJson(read)).isEqualTo(json);
  }
}
