package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.icsmodel.indicatorcsv.IndicatorCsv;
import io.github.icsmodel.indicatorcsv.SiiRows;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiResult;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SiiValueType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inequality commands in process: options, formats and errors. The jar is run by {@code InequalityCommandIT}. */
class InequalityCommandTest {
  private static final String LIFE_EXPECTANCY = "data/inequality/life-expectancy-deciles.csv";
  private static final String RATE = "data/inequality/rate-deciles.csv";

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ics.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void sii_json_has_the_issues_shape_and_leaves_out_what_was_not_asked_for() throws Exception {
    Run plain = run("inequality", "sii", "--input", LIFE_EXPECTANCY, "--repetitions", "10000", "--seed", "1",
        "--format", "json");
    assertThat(plain.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(plain.out());
    assertThat(root.fieldNames()).toIterable().containsExactly("results");
    JsonNode area1 = root.get("results").get(0);
    assertThat(area1.fieldNames()).toIterable().containsExactly("area", "sii", "intervals");
    assertThat(area1.get("area").asText()).isEqualTo("area1");
    assertThat(area1.get("sii").asDouble()).isCloseTo(6.9346164736688189, within(1e-9));
    JsonNode interval = area1.get("intervals").get(0);
    assertThat(interval.fieldNames()).toIterable().containsExactly("confidence", "siiLower", "siiUpper");
    assertThat(interval.get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(interval.get("siiLower").asDouble()).isCloseTo(3.1275946176508169, within(0.2));

    Run full = run("inequality", "sii", "--input", LIFE_EXPECTANCY, "--repetitions", "10000", "--seed", "1",
        "--format", "json", "--rii", "--intercept", "--confidence", "0.95,99.8%");
    JsonNode area2 = new ObjectMapper().readTree(full.out()).get("results").get(1);
    assertThat(area2.fieldNames()).toIterable().containsExactly("area", "sii", "rii", "intercept", "intervals");
    assertThat(area2.get("rii").asDouble()).isCloseTo(1.180885620848795, within(1e-9));
    assertThat(area2.get("intervals")).hasSize(2);
    assertThat(area2.get("intervals").get(1).fieldNames()).toIterable()
        .containsExactly("confidence", "siiLower", "siiUpper", "riiLower", "riiUpper");
    assertThat(area2.get("intervals").get(1).get("confidence").asDouble()).isEqualTo(0.998);
  }

  @Test
  void sii_text_and_csv_name_the_columns_as_the_package_does() {
    Run text = run("inequality", "sii", "--input", RATE, "--value-type", "rate", "--transform", "--rii",
        "--limits", "normal");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out().lines().findFirst().orElseThrow().split(" +")).containsExactly("area", "sii", "rii",
        "sii_lower95_0cl", "sii_upper95_0cl", "rii_lower95_0cl", "rii_upper95_0cl");
    assertThat(text.out()).contains("area1  -3.15591  0.441885");
    Run csv = run("inequality", "sii", "--input", RATE, "--value-type", "rate", "--transform", "--limits", "normal",
        "--format", "csv", "--confidence", "0.95,0.998");
    assertThat(csv.out().lines()).hasSize(3).first()
        .isEqualTo("area,sii,sii_lower95_0cl,sii_upper95_0cl,sii_lower99_8cl,sii_upper99_8cl");
    String[] area1 = csv.out().lines().skip(1).findFirst().orElseThrow().split(",");
    assertThat(Double.parseDouble(area1[1])).isCloseTo(-3.1559071389545599, within(1e-9));
    assertThat(Double.parseDouble(area1[4])).isLessThan(Double.parseDouble(area1[2]));
  }

  @Test
  void help_describes_each_command() {
    for (String command : java.util.List.of("sii", "proportion", "rate", "dsr")) {
      Run help = run("inequality", command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).startsWith("Usage: ics inequality " + command).contains("--input=FILE.csv")
          .doesNotContain("%%");
    }
    assertThat(run("inequality", "sii", "--help").out()).contains("instead of the 95% limits")
        .contains("95% limits) and fitted line");
  }

  @Test
  void bad_options_are_usage_errors() {
    assertThat(run("inequality", "sii", "--input", RATE, "--repetitions", "10").exitCode()).isEqualTo(64);
    Run transform = run("inequality", "sii", "--input", RATE, "--transform");
    assertThat(transform.exitCode()).isEqualTo(64);
    assertThat(transform.err()).contains("transform");
    Run confidence = run("inequality", "sii", "--input", RATE, "--confidence", "0.5");
    assertThat(confidence.exitCode()).isEqualTo(64);
    assertThat(confidence.err()).contains("--confidence: not a confidence level: '0.5'");
    assertThat(run("inequality", "sii", "--input", RATE, "--format", "sarif").exitCode()).isEqualTo(64);
    assertThat(run("inequality", "sii", "--input", RATE, "--value-type", "odds").exitCode()).isEqualTo(64);
    assertThat(run("inequality", "sii").exitCode()).isEqualTo(64);
    assertThat(run("inequality").exitCode()).isEqualTo(64);
    assertThat(run("inequality", "rate", "--input", "data/inequality/counts.csv", "--multiplier", "0").exitCode())
        .isEqualTo(64);
    Run dsr = run("inequality", "dsr", "--input", "data/inequality/counts.csv", "--multiplier", "-5");
    assertThat(dsr.exitCode()).isEqualTo(64);
    assertThat(dsr.err()).contains("--multiplier must be positive, not -5.0");
    Run plot = run("inequality", "sii", "--input", RATE, "--plot", "-");
    assertThat(plot.exitCode()).as("standard output carries the table").isEqualTo(64);
    assertThat(plot.err()).contains("--plot -: standard output carries the results");
    assertThat(plot.out()).isEmpty();
  }

  @Test
  void rate_and_dsr_share_the_per_people_multiplier_and_its_default() {
    for (String command : new String[] {"rate", "dsr"}) {
      assertThat(run("inequality", command, "--help").out())
          .contains("--multiplier=N      the rate is per this many people (default: 100000)");
    }
    assertThat(run("inequality", "proportion", "--help").out()).contains("100 for a percentage");
  }

  @Test
  void input_the_method_rejects_is_reported_at_its_line() {
    Run proportion = run("inequality", "sii", "--input", LIFE_EXPECTANCY, "--value-type", "proportion");
    assertThat(proportion.exitCode()).isEqualTo(2);
    assertThat(proportion.err()).isEqualTo("ics: " + LIFE_EXPECTANCY + ":2: value proportions are not all between 0"
        + " and 1 (75.9334590103081) (area area1, quantile 1)" + System.lineSeparator());
    Run missing = run("inequality", "proportion", "--input", "data/inequality/no-such-file.csv");
    assertThat(missing.exitCode()).as("EX_NOINPUT").isEqualTo(66);
    assertThat(missing.err()).contains("no-such-file.csv: cannot read the file: no such file");
  }

  @Test
  void proportion_rate_and_dsr_give_value_and_limits_per_area() throws Exception {
    Run proportion = run("inequality", "proportion", "--input", "data/inequality/counts.csv", "--multiplier", "100",
        "--format", "csv");
    assertThat(proportion.exitCode()).isZero();
    assertThat(proportion.out().lines().findFirst()).hasValue("area,count,population,value,lower95_0cl,upper95_0cl");
    assertThat(proportion.out()).contains("Area4,65,100,65.0,55.25").contains("Area6,7776456,7564336677,");
    Run rate = run("inequality", "rate", "--input", "data/inequality/counts.csv", "--multiplier", "100",
        "--format", "json");
    JsonNode area1 = new ObjectMapper().readTree(rate.out()).get("results").get(0);
    assertThat(area1.get("value").asDouble()).isEqualTo(1.0);
    assertThat(area1.get("intervals").get(0).get("lower").asDouble()).isCloseTo(2.5317807984289897E-2, within(1e-12));
    Run dsr = run("inequality", "dsr", "--input", "data/inequality/age-bands.csv", "--multiplier", "10000",
        "--confidence", "95,99.8");
    assertThat(dsr.exitCode()).isZero();
    assertThat(dsr.out()).contains("testdata_big").contains("1043.02").contains("971.771").contains("1162.06");
    assertThat(dsr.out().lines().filter(l -> l.startsWith("testdata_tiny")).findFirst().orElseThrow())
        .endsWith("NA");
  }

  @Test
  void the_fitted_line_runs_from_the_intercept_by_the_sii() {
    SiiRows rows = IndicatorCsv.readSii(Path.of(RATE));
    for (boolean transform : List.of(false, true)) {
      for (double multiplier : List.of(100.0, -1.0)) {
        SiiOptions options = SiiOptions.builder().valueType(SiiValueType.RATE).transform(transform)
            .multiplier(multiplier).repetitions(1000).seed(1).build();
        SiiResult result = rows.calculate(options).results().get(0);
        double start = SiiChart.fitted(result, options, 0);
        double end = SiiChart.fitted(result, options, 1);
        assertThat(multiplier * (end - start)).as("transform %s, multiplier %s", transform, multiplier)
            .isCloseTo(result.sii(), within(1e-9));
        assertThat(start * (transform ? Math.abs(multiplier) : 1)).isCloseTo(result.intercept(), within(1e-9));
      }
    }
  }

  @Test
  void the_chart_is_an_svg_with_a_panel_per_area() {
    SiiRows rows = IndicatorCsv.readSii(Path.of(LIFE_EXPECTANCY));
    SiiResults results = rows.calculate(SiiOptions.builder().repetitions(1000).seed(1).build());
    String svg = SiiChart.svg(rows, results);
    assertThat(svg).startsWith("<?xml").contains("<svg").contains("height=\"900\"")
        .contains("Slope index of inequality: area1").contains("Slope index of inequality: area2")
        .contains("Fitted line");
    assertThat(SiiChart.limits(rows.rows().get(0), 75.93, SiiValueType.OTHER)).containsExactly(72.722053054645301,
        79.144864965970797);
  }

  @Test
  void progress_shows_only_on_a_terminal_and_clears_its_line() {
    StringWriter text = new StringWriter();
    long[] now = {0};
    try (Progress progress = new Progress(new PrintWriter(text), "simulating areas", true, () -> now[0])) {
      progress.update(1, 3);
      now[0] += 300_000_000L;
      progress.update(2, 3);
      progress.update(3, 3);
    }
    assertThat(text.toString()).isEqualTo("\rsimulating areas: 2 of 3\rsimulating areas: 3 of 3\r\033[K");
    StringWriter quiet = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(quiet), "simulating areas", false, () -> 0L)) {
      progress.update(3, 3);
    }
    assertThat(quiet.toString()).isEmpty();
  }

  @Test
  void column_suffixes_and_numbers_read_as_the_package_writes_them() {
    assertThat(InequalityCommand.suffix(ConfidenceLevel.PERCENT_95)).isEqualTo("95_0cl");
    assertThat(InequalityCommand.suffix(ConfidenceLevel.PERCENT_99_8)).isEqualTo("99_8cl");
    assertThat(InequalityCommand.number(6.9346164736688189, true)).isEqualTo("6.93462");
    assertThat(InequalityCommand.number(6.9346164736688189, false)).isEqualTo("6.934616473668819");
    assertThat(InequalityCommand.number(Double.NaN, true)).isEqualTo("NA");
    assertThat(InequalityCommand.number(Double.NaN, false)).isEmpty();
    assertThat(InequalityCommand.count(7564336677.0)).isEqualTo("7564336677");
    com.fasterxml.jackson.databind.node.ObjectNode node = new ObjectMapper().createObjectNode();
    InequalityCommand.put(node, "riiLower", Double.NaN);
    InequalityCommand.put(node, "riiUpper", 1.5);
    assertThat(node.toString()).isEqualTo("{\"riiLower\":null,\"riiUpper\":1.5}");
    assertThat(InequalityCommand.count(12.5)).isEqualTo("12.5");
  }
}
