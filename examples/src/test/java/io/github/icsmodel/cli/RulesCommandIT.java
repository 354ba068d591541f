package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCommandIT {

  @Test
  void lists_every_rule_with_its_basis() throws Exception {
    IcsProcess.Result csv = IcsProcess.run("rules", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out().lines().count()).isGreaterThan(35);
    assertThat(csv.out()).contains("board.chair-count,error,NHS Act 2006 Sch. 1B para 3(1)(a),")
        .contains("waiver.statutory-refused,error");
    IcsProcess.Result json = IcsProcess.run("rules", "--format", "json");
    assertThat(json.out()).contains("\"id\" : \"icp.local-authority-members\"");
  }

  @Test
  void explains_a_rule_with_the_provision_verbatim() throws Exception {
    IcsProcess.Result result = IcsProcess.run("explain", "board.mental-health-expertise");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("board.mental-health-expertise (warning, system scope)")
        .contains("Basis: NHS Act 2006 Sch. 1B para 8(6) (law; the configuration does not show it met)")
        .contains("Applies from: 2022-07-01 (Schedule 1B")
        .contains("knowledge and experience in connection with services relating to the prevention, diagnosis and"
            + " treatment of mental illness")
        .contains("To fix: ");
  }

  @Test
  void rules_and_explain_say_from_when_each_rule_applies() throws Exception {
    IcsProcess.Result csv = IcsProcess.run("rules", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).contains("applies from")
        .contains("plan.jfp-exists,error,NHS Act 2006 s.14Z52(1),2023-04-01,")
        .contains("board.deputy-chair,warning,");
    IcsProcess.Result explain = IcsProcess.run("explain", "board.deputy-chair");
    assertThat(explain.out()).contains("Applies from: 2022-05-14 (", "on a date not recorded)");
    IcsProcess.Result undated = IcsProcess.run("explain", "committee.audit-exists");
    assertThat(undated.out()).contains("Applies from: no start date recorded");
    IcsProcess.Result jfp = IcsProcess.run("explain", "plan.jfp-exists");
    assertThat(jfp.out()).contains("Applies from: 2023-04-01 (", "reg 33");
  }

  @Test
  void an_unknown_rule_is_a_usage_error_with_a_suggestion() throws Exception {
    IcsProcess.Result result = IcsProcess.run("explain", "board.chair-cont");
    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("did you mean board.chair-count?");
  }
}
