package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ics duties} says what its purposes column is (law review of 7 December 2026, item C-X6). */
class DutiesCommandTest {

  @Test
  void the_text_table_says_the_purposes_are_the_librarys_own_classification() {
    CliWidthTest.Run run = CliWidthTest.run("duties");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("purposes: the library's own classification").contains("no Act links a duty to a");
  }

  @Test
  void csv_keeps_the_column_without_the_caveat() {
    CliWidthTest.Run run = CliWidthTest.run("duties", "--format", "csv");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("purposes").doesNotContain("the library's own classification");
  }
}
