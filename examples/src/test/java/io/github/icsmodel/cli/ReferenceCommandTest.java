package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code ics reference} and {@code ics init} as of a date, run in-process. */
class ReferenceCommandTest {

  /** What a run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Ics.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void reference_icbs_lists_36_today_and_42_as_of_31_march_2026() {
    Run today = run("reference", "icbs", "--format", "csv");
    assertThat(today.exitCode()).isZero();
    assertThat(today.out().lines()).hasSize(37).first().isEqualTo("odsCode,onsCode,name,region");
    assertThat(today.out()).contains("S1Y5D,E54000065,NHS Central East Integrated Care Board,East of England")
        .contains("QRL,E54000067,").doesNotContain("QHG");
    Run before = run("reference", "icbs", "--format", "csv", "--as-of", "2026-03-31");
    assertThat(before.exitCode()).isZero();
    assertThat(before.out().lines()).hasSize(43);
    assertThat(before.out()).contains("QHG,E54000024,").contains("QRL,E54000042,").doesNotContain("S1Y5D");
    assertThat(run("reference", "icbs", "--format", "csv", "--as-of", "2026-04-01").out().lines()).hasSize(37);
    assertThat(run("reference", "icbs", "--format", "csv", "--geography", "2024").out().lines()).hasSize(43);
  }

  @Test
  void reference_regions_give_the_codes_of_the_edition_in_force() {
    assertThat(run("reference", "regions", "--format", "csv").out()).contains("Y61,E40000013,East of England,3");
    assertThat(run("reference", "regions", "--format", "csv", "--as-of", "2026-03-31").out())
        .contains("Y61,E40000007,East of England,6");
  }

  @Test
  void reference_successions_lists_the_16_events_of_1_april_2026() {
    Run today = run("reference", "successions", "--format", "csv");
    assertThat(today.exitCode()).isZero();
    assertThat(today.out().lines()).hasSize(17);
    assertThat(today.out()).contains("2026-04-01,QNQ,NHS Frimley Integrated Care Board,QRL,"
        + "NHS Hampshire and Isle of Wight Integrated Care Board,part,D4U1Y,true");
    assertThat(run("reference", "successions", "--format", "csv", "--as-of", "2026-03-31").out().lines())
        .hasSize(1);
  }

  @Test
  void reference_local_authorities_mark_the_derived_rows() {
    Run today = run("reference", "local-authorities", "--format", "csv");
    assertThat(today.out()).contains("S0E4D,NHS Thames Valley Integrated Care Board,E06000039,Slough,")
        .contains(",true\r\n");
    assertThat(run("reference", "local-authorities", "--format", "csv", "--as-of", "2025-01-01").out())
        .doesNotContain(",true\r\n");
  }

  @Test
  void reference_refuses_a_date_outside_the_geography_given_and_before_icbs() {
    Run clash = run("reference", "icbs", "--geography", "2024", "--as-of", "2026-12-02");
    assertThat(clash.exitCode()).isEqualTo(Ics.USAGE);
    assertThat(clash.err()).contains("not in the 2024 geography");
    assertThat(run("reference", "icbs", "--as-of", "2022-06-30").exitCode()).isEqualTo(Ics.USAGE);
  }

  @Test
  void init_of_an_abolished_icb_today_exits_64_naming_its_successor() {
    Run abolished = run("init", "--icb", "QHG");
    assertThat(abolished.exitCode()).isEqualTo(Ics.USAGE);
    assertThat(abolished.err()).contains("was abolished at the end of 2026-03-31")
        .contains("NHS Central East Integrated Care Board (--icb S1Y5D)").doesNotContain("Exception");
    Run frimley = run("init", "--icb", "QNQ", "--as-of", "2026-06-01");
    assertThat(frimley.exitCode()).isEqualTo(Ics.USAGE);
    assertThat(frimley.err()).contains("--icb S9B9J").contains("--icb S0E4D").contains("--icb QRL");
  }

  @Test
  void init_of_an_abolished_icb_works_as_of_a_date_when_it_existed() {
    Run earlier = run("init", "--icb", "QHG", "--as-of", "2026-03-31");
    assertThat(earlier.exitCode()).isZero();
    assertThat(earlier.out()).contains("\"odsCode\": \"QHG\"").contains("Luton");
  }

  @Test
  void init_of_a_new_icb_before_it_existed_exits_64_and_works_today() {
    Run early = run("init", "--icb", "S1Y5D", "--as-of", "2026-03-31");
    assertThat(early.exitCode()).isEqualTo(Ics.USAGE);
    assertThat(early.err()).contains("was established on 2026-04-01").contains("(QHG)");
    Run today = run("init", "--icb", "S1Y5D");
    assertThat(today.exitCode()).isZero();
    assertThat(today.out()).contains("\"gssCode\": \"E54000065\"").contains("2026-04-01").contains("Dacorum");
  }

  @Test
  void validate_as_of_a_date_drives_the_reference_data(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("blmk.json");
    java.nio.file.Files.writeString(file, run("init", "--icb", "QHG", "--as-of", "2026-03-31").out());
    Run before = run("validate", file.toString(), "--as-of", "2026-03-31", "--format", "json");
    assertThat(before.out()).doesNotContain("reference.icb-identity");
    Run after = run("validate", file.toString(), "--as-of", "2026-04-01", "--format", "json");
    assertThat(after.out()).contains("reference.icb-identity")
        .contains("was abolished at the end of 2026-03-31")
        .contains("NHS Central East Integrated Care Board (S1Y5D");
  }

  @Test
  void rules_and_explain_use_the_same_set_as_validate() {
    LocalDate today = LocalDate.now();
    assertThat(KnownRules.listed(today)).extracting(rule -> rule.id().toString())
        .contains("reference.icb-identity", "reference.icb-footprint", "england.coverage")
        .doesNotHaveDuplicates();
    assertThat(KnownRules.validated(today).rules()).isEqualTo(
        io.github.icsmodel.reference.EnglandReferenceRules.ruleSet(today).rules());
    Run rules = run("rules", "--format", "csv", "--as-of", "2026-03-31");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out().lines().count() - 1).isEqualTo(KnownRules.listed(LocalDate.of(2026, 3, 31)).size());
    assertThat(run("explain", "reference.icb-identity", "--as-of", "2026-03-31").exitCode()).isZero();
  }
}
