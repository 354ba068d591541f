package io.github.icsmodel.cli;

import static io.github.icsmodel.cli.InequalityCommand.number;
import static io.github.icsmodel.cli.InequalityCommand.put;
import static io.github.icsmodel.cli.InequalityCommand.suffix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.cli.InequalityCommand.Common;
import io.github.icsmodel.cli.InequalityCommand.Json;
import io.github.icsmodel.indicatorcsv.IndicatorCsv;
import io.github.icsmodel.indicatorcsv.SiiRows;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.SiiInterval;
import io.github.icsmodel.inequality.SiiIntervalMethod;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiResult;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SiiValueType;
import io.github.icsmodel.inequality.SiiWarning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ics inequality sii}. */
@Command(
    name = "sii",
    mixinStandardHelpOptions = true,
    description = {
      "Calculates the slope index of inequality (SII) of each area.",
      "",
      "Optionally it also gives the relative index (RII) and the intercept, with confidence limits, as"
          + " PHEindicatormethods' phe_sii does.",
      "",
      "The CSV has a header and one row per area and quantile (quantile 1 is the most deprived):",
      "  area,quantile,population,value,lower_cl,upper_cl",
      "se (the standard error: for a rate on the log scale, for a proportion on the logit scale) may stand"
          + " instead of the 95%% limits, and, for a proportion, count instead of value (value = count /"
          + " population).",
      ""
    })
final class SiiCommand implements Callable<Integer> {
  @CommandLine.Mixin Common common;

  @Option(names = "--value-type", defaultValue = "other", paramLabel = "TYPE",
      description = "other, rate or proportion (default: ${DEFAULT-VALUE})")
  ValueTypeOption valueType;

  @Option(names = "--transform", description = "fit rates on the log scale and proportions on the logit scale")
  boolean transform;

  @Option(names = "--multiplier", defaultValue = "1", paramLabel = "N",
      description = "multiplies the SII and its limits; a negative multiplier reverses the polarity (default: 1)")
  double multiplier;

  @Option(names = "--rii", description = "also give the relative index of inequality and its limits")
  boolean rii;

  @Option(names = "--intercept", description = "also give the intercept, the fitted value at the most deprived end")
  boolean intercept;

  @Option(names = "--repetitions", defaultValue = "100000", paramLabel = "N",
      description = "Monte Carlo repetitions, at least 1000 (default: ${DEFAULT-VALUE})")
  int repetitions;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the simulation, for reproducible limits")
  Long seed;

  @Option(names = "--limits", defaultValue = "simulation", paramLabel = "METHOD",
      description = "simulation (the package's Monte Carlo method) or normal (the exact normal limits the"
          + " simulation converges to; not for untransformed rates and proportions) (default: ${DEFAULT-VALUE})")
  LimitsOption limits;

  @Option(names = "--plot", paramLabel = "FILE.svg",
      description = "draws each area's quantiles (bar width by population share, 95%% limits) and fitted line"
          + " to this file; an existing file is not replaced unless --force is given")
  Path plot;

  @Option(names = "--force", description = "replace the file given with --plot if it exists")
  boolean force;

  @Override
  public Integer call() {
    common.requireFormat();
    SiiOptions options = options();
    if (plot != null && Outputs.isStdout(plot)) {
      throw common.usage("--plot -: standard output carries the results; give the chart a file (./- for a file"
          + " named -)");
    }
    if (plot != null) {
      // Refused before the simulation, not after it.
      Outputs.refuseExisting(plot, force);
    }
    SiiRows rows = common.read(IndicatorCsv::readSii);
    SiiResults results;
    try (Progress progress = Progress.onConsole(common.err(), "simulating areas")) {
      results = rows.calculate(options, progress);
    }
    for (SiiWarning warning : results.warnings()) {
      common.err().println("ics: warning: " + warning.message());
    }
    print(results, common.format, rii, intercept, common.out());
    if (plot != null) {
      SiiChart.write(rows, results, plot, force);
    }
    return Ics.OK;
  }

  private SiiOptions options() {
    SiiOptions.Builder builder = SiiOptions.builder()
        .valueType(valueType.type)
        .transform(transform)
        .multiplier(multiplier)
        .repetitions(repetitions)
        .confidenceLevels(common.levels())
        .intervalMethod(limits.method);
    if (seed != null) {
      builder.seed(seed);
    }
    try {
      return builder.build();
    } catch (IcsException e) {
      throw common.usage(e.getMessage());
    }
  }

  /** The kinds of indicator, as the {@code --value-type} option names them. */
  enum ValueTypeOption {
    other(SiiValueType.OTHER),
    rate(SiiValueType.RATE),
    proportion(SiiValueType.PROPORTION);

    final SiiValueType type;

    ValueTypeOption(SiiValueType type) {
      this.type = type;
    }
  }

  /** How the SII limits are computed, as the {@code --limits} option names it. */
  enum LimitsOption {
    simulation(SiiIntervalMethod.SIMULATION),
    normal(SiiIntervalMethod.NORMAL);

    final SiiIntervalMethod method;

    LimitsOption(SiiIntervalMethod method) {
      this.method = method;
    }
  }

  /** Prints SII results in a format; the RII and intercept only when asked for. */
  static void print(SiiResults results, OutputFormat format, boolean rii, boolean intercept, PrintWriter out) {
    List<ConfidenceLevel> levels = results.options().confidenceLevels();
    if (format == OutputFormat.json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      ArrayNode array = root.putArray("results");
      for (SiiResult result : results.results()) {
        ObjectNode area = array.addObject();
        area.put("area", result.area());
        put(area, "sii", result.sii());
        if (rii) {
          put(area, "rii", result.rii());
        }
        if (intercept) {
          put(area, "intercept", result.intercept());
        }
        ArrayNode intervals = area.putArray("intervals");
        for (SiiInterval interval : result.intervals()) {
          ObjectNode node = intervals.addObject();
          node.put("confidence", interval.confidence().value());
          put(node, "siiLower", interval.siiLower());
          put(node, "siiUpper", interval.siiUpper());
          if (rii) {
            put(node, "riiLower", interval.riiLower());
            put(node, "riiUpper", interval.riiUpper());
          }
        }
      }
      out.println(root.toPrettyString());
      out.flush();
      return;
    }
    List<String> columns = new ArrayList<>(List.of("area", "sii"));
    if (rii) {
      columns.add("rii");
    }
    if (intercept) {
      columns.add("intercept");
    }
    for (ConfidenceLevel level : levels) {
      String suffix = suffix(level);
      columns.add("sii_lower" + suffix);
      columns.add("sii_upper" + suffix);
      if (rii) {
        columns.add("rii_lower" + suffix);
        columns.add("rii_upper" + suffix);
      }
    }
    Table table = new Table(columns.toArray(String[]::new));
    boolean text = format == OutputFormat.text;
    for (SiiResult result : results.results()) {
      List<Object> row = new ArrayList<>(List.of(result.area(), number(result.sii(), text)));
      if (rii) {
        row.add(number(result.rii(), text));
      }
      if (intercept) {
        row.add(number(result.intercept(), text));
      }
      for (SiiInterval interval : result.intervals()) {
        row.add(number(interval.siiLower(), text));
        row.add(number(interval.siiUpper(), text));
        if (rii) {
          row.add(number(interval.riiLower(), text));
          row.add(number(interval.riiUpper(), text));
        }
      }
      table.row(row.toArray());
    }
    table.print(format, out, Table.UNWRAPPED); // a number cut in two would read as two numbers
  }
}
