package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every answer is as of a date: {@code ics rules}, {@code ics reference} and {@code ics explain} say in text the date
 * they answered for, as a validation report's first line does; CSV and JSON keep their shape.
 */
class AsOfLineTest {

  @Test
  void rules_say_the_date_and_how_many_rules_england_has_on_it() {
    CliWidthTest.Run before = CliWidthTest.run("rules", "--as-of", "2026-03-31");
    long listed = CliWidthTest.run("rules", "--as-of", "2026-03-31", "--format", "csv").out().lines().count() - 1;
    assertThat(before.out().lines().findFirst()).contains("Rules as of 2026-03-31: " + listed);
    assertThat(before.out().lines().skip(1).findFirst()).contains("");
    assertThat(CliWidthTest.run("rules", "--as-of", "2026-12-07").out()).startsWith("Rules as of 2026-12-07: ");
  }

  @Test
  void reference_says_the_date_and_the_geography_it_decided() {
    assertThat(CliWidthTest.run("reference", "icbs", "--as-of", "2026-03-31").out())
        .startsWith("ICBs as of 2026-03-31 (geography April 2024): 42" + System.lineSeparator());
    assertThat(CliWidthTest.run("reference", "icbs", "--as-of", "2026-04-01").out())
        .startsWith("ICBs as of 2026-04-01 (geography April 2026): 36" + System.lineSeparator());
    assertThat(CliWidthTest.run("reference", "regions", "--geography", "2022").out())
        .startsWith("NHS England regions as of 2022-07-01 (geography July 2022): 7" + System.lineSeparator());
  }

  @Test
  void explain_says_the_date_on_its_first_line() {
    assertThat(CliWidthTest.run("explain", "board.chair-count", "--as-of", "2026-12-07").out())
        .startsWith("board.chair-count (error, system scope) as of 2026-12-07" + System.lineSeparator());
  }

  @Test
  void csv_and_json_keep_their_shape() {
    assertThat(CliWidthTest.run("rules", "--as-of", "2026-12-07", "--format", "csv").out())
        .startsWith("id,severity,basis,applies from,summary");
    assertThat(CliWidthTest.run("reference", "icbs", "--as-of", "2026-12-07", "--format", "json").out())
        .startsWith("[");
    assertThat(CliWidthTest.run("reference", "icbs", "--as-of", "2026-12-07", "--format", "csv").out())
        .startsWith("odsCode,onsCode,name,region");
  }
}
