package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled example does not expire: {@code examples/data/northshire.json} validates with no errors or warnings
 * under the real clock, unpinned, and on every date up to 31 March 2029, with a forward plan, a capital plan and an
 * annual report for each year as the five-year planning cycle expects.
 */
class NorthshireDoesNotExpireTest {
  static final LocalDate LAST_DAY = LocalDate.of(2029, 3, 31);
  static final Path NORTHSHIRE = Path.of("data", "northshire.json");

  static List<Finding> blocking(IntegratedCareSystem system, LocalDate asOf) {
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(system, asOf);
    List<Finding> found = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.severity() != Severity.INFORMATION) {
        found.add(finding);
      }
    }
    return found;
  }

  @Test
  void is_valid_under_the_real_clock() {
    LocalDate today = LocalDate.now();
    assertThat(blocking(IcsJson.readSystem(NORTHSHIRE), today)).as("as of %s", today).isEmpty();
  }

  @Test
  void is_valid_on_31_march_2029() {
    assertThat(blocking(IcsJson.readSystem(NORTHSHIRE), LAST_DAY)).isEmpty();
  }

  @Test
  void is_valid_every_week_and_at_every_year_end_until_31_march_2029() {
    IntegratedCareSystem system = IcsJson.readSystem(NORTHSHIRE);
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate date = LocalDate.now(); !date.isAfter(LAST_DAY); date = date.plusWeeks(1)) {
      dates.add(date);
    }
    for (int year = 2027; year <= 2029; year++) {
      dates.add(LocalDate.of(year, 3, 31));
      if (year < 2029) {
        dates.add(LocalDate.of(year, 4, 1));
      }
    }
    for (LocalDate date : dates) {
      assertThat(blocking(system, date)).as("as of %s", date).isEmpty();
    }
  }

  @Test
  void has_a_forward_plan_a_capital_plan_and_an_annual_report_for_each_year_to_2028_29() {
    IntegratedCareSystem system = IcsJson.readSystem(NORTHSHIRE);
    assertThat(system.jointForwardPlans()).extracting(p -> p.firstYear().toString())
        .contains("2026/27", "2027/28", "2028/29");
    assertThat(system.capitalResourceUsePlans()).extracting(p -> p.financialYear().toString())
        .contains("2026/27", "2027/28", "2028/29");
    assertThat(system.annualReports()).extracting(r -> r.financialYear().toString())
        .contains("2025/26", "2026/27", "2027/28");
  }
}
