package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ics validate --format html}, run from the packaged ics.jar. */
class HtmlReportIT {
  private static final String BROKEN = "data/broken/board.chair-appointment--approved-by-nhs-england-only.json";

  @Test
  void a_configuration_with_an_error_gives_one_page_with_the_finding_and_exit_1() throws Exception {
    IcsProcess.Result result = IcsProcess.run("validate", "--format", "html", "--as-of", "2026-12-01", BROKEN);
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("<title>Governance and inequalities report: Northshire and Wexcaster Integrated Care System</title>")
        .contains("Not valid.", "<code>board.chair-appointment", "As of</dt><dd>2026-12-01", "Rule set</dt><dd>all")
        .containsOnlyOnce("<html");
    IcsProcess.Result again = IcsProcess.run("validate", "--format", "html", "--as-of", "2026-12-01", BROKEN);
    assertThat(again.out()).isEqualTo(result.out());
  }

  @Test
  void the_bundled_example_gives_a_page_without_errors_and_exit_0() throws Exception {
    IcsProcess.Result result = IcsProcess.run("validate", "--format", "html", "--rules", "statutory",
        "--as-of", "2026-12-01", "data/northshire.json");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("No errors.", "Rule set</dt><dd>statutory", "What this report does not check");
  }

  @Test
  void two_files_are_a_usage_error_since_the_page_is_one() throws Exception {
    IcsProcess.Result result = IcsProcess.run("validate", "--format", "html", "data/northshire.json", BROKEN);
    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--format html writes one page: give one FILE");
  }
}
