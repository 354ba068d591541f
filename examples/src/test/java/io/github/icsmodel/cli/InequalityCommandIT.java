package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics inequality}, run from the packaged jar as a user would. */
class InequalityCommandIT {

  @Test
  void sii_prints_each_area_and_draws_the_chart(@TempDir Path folder) throws Exception {
    Path svg = folder.resolve("sii.svg");
    IcsProcess.Result result = IcsProcess.run("inequality", "sii", "--input",
        "data/inequality/life-expectancy-deciles.csv", "--rii", "--seed", "1", "--plot", svg.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines()).hasSize(3);
    assertThat(result.out()).startsWith("area   sii      rii      sii_lower95_0cl")
        .contains("area1  6.93462  1.08882").contains("area2  12.5478  1.18089");
    assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg")
        .contains("Slope index of inequality: area2");
  }

  @Test
  void sii_json_for_proportions_from_counts_and_standard_errors() throws Exception {
    IcsProcess.Result result = IcsProcess.run("inequality", "sii", "--input",
        "data/inequality/proportion-counts-deciles.csv", "--value-type", "proportion", "--multiplier", "100",
        "--repetitions", "10000", "--seed", "7", "--format", "json", "--intercept");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{").contains("\"results\"").contains("\"area\" : \"area1\"")
        .contains("\"intercept\"").contains("\"siiLower\"").doesNotContain("\"rii\"");
  }

  @Test
  void proportion_rate_and_dsr_print_a_row_per_area() throws Exception {
    IcsProcess.Result proportion = IcsProcess.run("inequality", "proportion", "--input", "data/inequality/counts.csv",
        "--multiplier", "100");
    assertThat(proportion.exitCode()).isZero();
    assertThat(proportion.out()).contains("Area4  65       100         65        55.2544      73.6358")
        .contains("Area6  7776456  7564336677  0.102804");
    IcsProcess.Result rate = IcsProcess.run("inequality", "rate", "--input", "data/inequality/counts.csv",
        "--format", "csv");
    assertThat(rate.exitCode()).isZero();
    assertThat(rate.out().lines()).hasSize(7).first().isEqualTo("area,count,population,value,lower95_0cl,upper95_0cl");
    IcsProcess.Result dsr = IcsProcess.run("inequality", "dsr", "--input", "data/inequality/age-bands.csv",
        "--multiplier", "10000");
    assertThat(dsr.exitCode()).isZero();
    assertThat(dsr.out()).contains("testdata_big").contains("1043.02");
  }

  @Test
  void bad_input_exits_2_with_the_file_and_line_and_no_stack_trace(@TempDir Path folder) throws Exception {
    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, "area,quantile,population,value,lower_cl,upper_cl\nE1,1,100,70,69,71\nE1,2,100,seventy,69,71\n",
        StandardCharsets.UTF_8);
    IcsProcess.Result result = IcsProcess.run("inequality", "sii", "--input", bad.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("ics: " + bad + ":3: column value: not a number: \"seventy\" (area E1,"
        + " quantile 2)" + System.lineSeparator());
    IcsProcess.Result missing = IcsProcess.run("inequality", "rate", "--input", "no-such.csv");
    assertThat(missing.exitCode()).isEqualTo(66);
    assertThat(missing.err()).contains("no-such.csv: cannot read the file: no such file").doesNotContain("\tat ");
  }

  @Test
  void usage_errors_exit_64() throws Exception {
    IcsProcess.Result result = IcsProcess.run("inequality", "sii", "--input",
        "data/inequality/life-expectancy-deciles.csv", "--repetitions", "100");
    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("number of repetitions must be 1000 or greater").doesNotContain("\tat ");
    assertThat(IcsProcess.run("inequality", "dsr").exitCode()).isEqualTo(64);
  }
}
