package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceCommandIT {

  @Test
  void lists_the_seven_regions() throws Exception {
    IcsProcess.Result result = IcsProcess.run("reference", "regions");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).as("the as-of line, a blank line, the header and 7 regions").hasSize(10)
        .first().asString().startsWith("NHS England regions as of ").endsWith(": 7");
    assertThat(result.out()).contains("Y62      E40000014  North West");
  }

  @Test
  void lists_the_42_icbs_as_csv_and_json() throws Exception {
    IcsProcess.Result csv = IcsProcess.run("reference", "icbs", "--format", "csv", "--as-of", "2026-03-31");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out().lines()).hasSize(43).first().isEqualTo("odsCode,onsCode,name,region");
    assertThat(csv.out()).contains("QOC,E54000011,\"NHS Shropshire, Telford and Wrekin Integrated Care Board\",Midlands");
    IcsProcess.Result json = IcsProcess.run("reference", "icbs", "--format", "json", "--geography", "2022");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"odsCode\" : \"QYG\"");
    IcsProcess.Result today = IcsProcess.run("reference", "icbs", "--format", "csv");
    assertThat(today.out().lines()).hasSize(37);
  }

  @Test
  void lists_local_authorities_and_sub_icb_locations() throws Exception {
    IcsProcess.Result authorities = IcsProcess.run("reference", "local-authorities", "--format", "csv");
    assertThat(authorities.exitCode()).isZero();
    assertThat(authorities.out()).contains("Halton");
    IcsProcess.Result locations = IcsProcess.run("reference", "sub-icb-locations", "--geography", "2022");
    assertThat(locations.exitCode()).isZero();
    assertThat(locations.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    IcsProcess.Result rows = IcsProcess.run("reference", "sub-icb-locations", "--geography", "2022", "--format", "csv");
    assertThat(rows.out().lines()).hasSize(107);
  }

  @Test
  void usage_errors_exit_64_without_a_stack_trace() throws Exception {
    IcsProcess.Result unknown = IcsProcess.run("reference", "hospitals");
    assertThat(unknown.exitCode()).isEqualTo(64);
    assertThat(unknown.err()).contains("unknown dataset 'hospitals'").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(IcsProcess.run("--no-such-option").exitCode()).isEqualTo(64);
    assertThat(IcsProcess.run("reference", "icbs", "--format", "sarif").exitCode()).isEqualTo(64);
  }

  @Test
  void prints_help_and_version() throws Exception {
    IcsProcess.Result help = IcsProcess.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: ics").contains("reference");
    IcsProcess.Result version = IcsProcess.run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("ics ");
  }
}
