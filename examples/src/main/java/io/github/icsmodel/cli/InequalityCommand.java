package io.github.icsmodel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.indicatorcsv.AgeBands;
import io.github.icsmodel.indicatorcsv.AreaCount;
import io.github.icsmodel.indicatorcsv.IndicatorCsv;
import io.github.icsmodel.indicatorcsv.IndicatorCsvException;
import io.github.icsmodel.indicatorcsv.SiiRows;
import io.github.icsmodel.inequality.AgeBandCount;
import io.github.icsmodel.inequality.ConfidenceInterval;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.DirectlyStandardisedRate;
import io.github.icsmodel.inequality.Estimate;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.InequalityInputException;
import io.github.icsmodel.inequality.Proportion;
import io.github.icsmodel.inequality.Rate;
import io.github.icsmodel.inequality.SiiIntervalMethod;
import io.github.icsmodel.inequality.SiiInterval;
import io.github.icsmodel.inequality.SiiResult;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SiiValueType;
import io.github.icsmodel.inequality.SiiWarning;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ics inequality}: the public-health statistical methods of {@link io.github.icsmodel.inequality} on CSV
 * files: the slope and relative indices of inequality, proportions, crude rates and directly standardised rates.
 */
@Command(
    name = "inequality",
    mixinStandardHelpOptions = true,
    description = {
      "Measures health inequalities from CSV files, as PHEindicatormethods does.",
      "",
      "The measures are the slope index of inequality (sii), proportions with Wilson limits (proportion), crude"
          + " rates with Byar's or exact limits (rate) and directly standardised rates with Dobson limits (dsr).",
      ""
    },
    subcommands = {
      InequalityCommand.SiiCommand.class,
      InequalityCommand.ProportionCommand.class,
      InequalityCommand.RateCommand.class,
      InequalityCommand.DsrCommand.class
    })
final class InequalityCommand implements Runnable {
  /** The JSON mapper, in a holder of its own: Jackson is loaded only when JSON is written. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: sii, proportion, rate or dsr (try 'ics inequality --help')");
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

  /** The options every subcommand shares. */
  static class Common {
    @Spec(Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv",
        description = "the input CSV file, or - for standard input")
    Path input;

    @Option(names = "--confidence", split = ",", paramLabel = "LEVEL",
        description = "confidence levels as fractions or percentages, comma-separated (default: 0.95)")
    List<String> confidence = new ArrayList<>(List.of("0.95"));

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    List<ConfidenceLevel> levels() {
      List<ConfidenceLevel> levels = new ArrayList<>();
      for (String text : confidence) {
        try {
          String trimmed = text.strip();
          ConfidenceLevel level = trimmed.endsWith("%") ? ConfidenceLevel.parse(trimmed)
              : Double.parseDouble(trimmed) >= 90 ? ConfidenceLevel.ofPercent(Double.parseDouble(trimmed))
              : ConfidenceLevel.of(Double.parseDouble(trimmed));
          if (levels.contains(level)) {
            throw usage("--confidence gives " + level + " twice");
          }
          levels.add(level);
        } catch (NumberFormatException | InequalityInputException e) {
          throw usage("--confidence: not a confidence level: '" + text + "' (expected 0.95, 95 or 95%, between 90%"
              + " and 100%)");
        }
      }
      return levels;
    }

    CommandLine.ParameterException usage(String message) {
      return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    void requireFormat() {
      Options.require(spec, format, OutputFormat.text, OutputFormat.json, OutputFormat.csv);
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }

    /** Reads the input once, from a file, a pipe or standard input ({@code -}), as UTF-8. */
    <T> T read(java.util.function.BiFunction<java.io.Reader, String, T> parse) {
      try (java.io.InputStream in = Inputs.open(input)) {
        return parse.apply(new java.io.BufferedReader(new java.io.InputStreamReader(
            new io.github.icsmodel.textio.Utf8Validation(in, true), java.nio.charset.StandardCharsets.UTF_8.newDecoder())),
            Inputs.name(input));
      } catch (java.io.IOException e) {
        throw Inputs.unreadable(input, io.github.icsmodel.textio.IoProblems.describe(e), e);
      }
    }
  }

  // -----------------------------------------------------------------------------------------------------------------

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
  static final class SiiCommand implements Callable<Integer> {
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
      if (plot != null && !force && (java.nio.file.Files.isSymbolicLink(plot)
          || java.nio.file.Files.isRegularFile(plot, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
        // Refused before the simulation, not after it: the same rule as Outputs.write.
        throw new CliFailure(Ics.CANNOT_CREATE,
            Messages.path(plot) + ": the file already exists; add --force to replace it", null);
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

  /** Puts a number into a JSON object; NaN, which JSON cannot hold, as null. */
  static void put(ObjectNode node, String name, double value) {
    if (Double.isNaN(value)) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }

  /** The package's column suffix for a level: {@code 95_0cl}, {@code 99_8cl}. */
  static String suffix(ConfidenceLevel level) {
    BigDecimal percent = BigDecimal.valueOf(level.percent()).stripTrailingZeros();
    String text = percent.scale() <= 0 ? percent.toPlainString() + "_0" : percent.toPlainString().replace('.', '_');
    return text + "cl";
  }

  /**
   * A number for output: in full (the shortest text that reads back as the same double) for CSV, to six significant
   * figures for text, empty for NaN.
   */
  static String number(double value, boolean text) {
    if (Double.isNaN(value)) {
      return text ? "NA" : "";
    }
    if (!text || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** A count or population as given: whole numbers without a decimal point, never rounded. */
  static String count(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).toPlainString();
  }

  // -----------------------------------------------------------------------------------------------------------------

  /**
   * What proportion, rate and dsr print per area (counts, the value, and its limits), row by row, so that the output adds no memory that grows with the file (a file of 1,000,000
   * rows fits a 512 MB heap): CSV and JSON in one pass; text in two, the first to measure the columns.
   */
  private static void printEstimates(List<String> columns, List<ConfidenceLevel> levels, OutputFormat format,
      PrintWriter out, int size, java.util.function.IntFunction<List<Object>> cells,
      java.util.function.IntFunction<Estimate> estimates) {
    EstimateOutput output = new EstimateOutput(columns, levels, format, out);
    if (format == OutputFormat.text) {
      int[] widths = new int[output.header.size()];
      measure(output.header, widths);
      for (int i = 0; i < size; i++) {
        measure(output.cells(cells.apply(i), estimates.apply(i)), widths);
      }
      out.print(Table.line(output.header, widths));
      for (int i = 0; i < size; i++) {
        out.print(Table.line(output.cells(cells.apply(i), estimates.apply(i)), widths));
      }
      out.flush();
      return;
    }
    for (int i = 0; i < size; i++) {
      output.row(cells.apply(i), estimates.apply(i));
    }
    output.finish();
  }

  private static void measure(List<String> cells, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(widths[c], cells.get(c).length());
    }
  }

  /** Writes estimates as CSV or JSON, one row at a time. */
  private static final class EstimateOutput {
    private final List<String> columns;
    private final List<ConfidenceLevel> levels;
    private final OutputFormat format;
    private final PrintWriter out;
    final List<String> header;
    private final de.siegmar.fastcsv.writer.CsvWriter csv;
    private final com.fasterxml.jackson.core.JsonGenerator json;

    EstimateOutput(List<String> columns, List<ConfidenceLevel> levels, OutputFormat format, PrintWriter out) {
      this.columns = columns;
      this.levels = levels;
      this.format = format;
      this.out = out;
      List<String> all = new ArrayList<>(columns);
      all.add("value");
      for (ConfidenceLevel level : levels) {
        all.add("lower" + suffix(level));
        all.add("upper" + suffix(level));
      }
      header = List.copyOf(all);
      try {
        if (format == OutputFormat.json) {
          csv = null;
          json = Json.MAPPER.getFactory().createGenerator(new NonClosing(out));
          json.useDefaultPrettyPrinter();
          json.writeStartObject();
          json.writeArrayFieldStart("results");
        } else if (format == OutputFormat.csv) {
          json = null;
          csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
              .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.CRLF).build(new NonClosing(out));
          csv.writeRecord(Table.guard(all));
        } else {
          csv = null;
          json = null;
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** One area: its input columns (text or numbers) and its estimate, or null if it has none. */
    void row(List<Object> cells, Estimate estimate) {
      try {
        if (json != null) {
          json.writeStartObject();
          for (int c = 0; c < columns.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Double) {
              json.writeNumberField(columns.get(c), (Double) value);
            } else {
              json.writeStringField(columns.get(c), String.valueOf(value));
            }
          }
          if (estimate == null) {
            json.writeNullField("value");
          } else {
            json.writeNumberField("value", estimate.value());
            json.writeArrayFieldStart("intervals");
            for (ConfidenceInterval interval : estimate.intervals()) {
              json.writeStartObject();
              json.writeNumberField("confidence", interval.confidence().value());
              json.writeNumberField("lower", interval.lower());
              json.writeNumberField("upper", interval.upper());
              json.writeEndObject();
            }
            json.writeEndArray();
          }
          json.writeEndObject();
          return;
        }
        csv.writeRecord(Table.guard(cells(cells, estimate)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** The cells of a row as text or CSV shows them. */
    List<String> cells(List<Object> cells, Estimate estimate) {
      boolean text = format == OutputFormat.text;
      List<String> row = new ArrayList<>();
      for (Object value : cells) {
        row.add(value instanceof Double ? count((Double) value) : String.valueOf(value));
      }
      row.add(estimate == null ? (text ? "NA" : "") : number(estimate.value(), text));
      for (ConfidenceLevel level : levels) {
        ConfidenceInterval interval = estimate == null ? null : estimate.interval(level).orElseThrow();
        row.add(interval == null ? (text ? "NA" : "") : number(interval.lower(), text));
        row.add(interval == null ? (text ? "NA" : "") : number(interval.upper(), text));
      }
      return row;
    }

    void finish() {
      try {
        if (json != null) {
          json.writeEndArray();
          json.writeEndObject();
          json.flush();
          out.println();
        } else {
          csv.flush();
        }
        out.flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** A writer whose close leaves the output open. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(java.io.Writer out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }

  /** Runs a calculation for one row of a file, naming the row's file, line and area if the method rejects it. */
  private static <T> T atRow(String source, int line, String area, String group, CalculationStep<T> step) {
    try {
      return step.run();
    } catch (InequalityInputException e) {
      throw new IndicatorCsvException(source, line, null, area, group, e.getMessage(), e);
    }
  }

  /** A calculation that the method may reject. */
  private interface CalculationStep<T> {
    T run();
  }

  /**
   * Runs a method on every area of a count file ({@code area,count,population}) and prints the estimates: what the
   * proportion and rate commands share.
   */
  private static int countEstimates(Common common, double multiplier,
      java.util.function.BiFunction<AreaCount, ConfidenceLevel[], Estimate> method) {
    common.requireFormat();
    List<ConfidenceLevel> levels = common.levels();
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw common.usage("--multiplier must be positive, not " + multiplier);
    }
    ConfidenceLevel[] levelArray = levels.toArray(ConfidenceLevel[]::new);
    List<AreaCount> counts = common.read(IndicatorCsv::readCounts);
    // Every row is checked before the first is printed: a file with a bad row prints nothing.
    List<Estimate> estimates = new ArrayList<>(counts.size());
    for (AreaCount count : counts) {
      estimates.add(atRow(Inputs.name(common.input), count.line(), count.area(), null,
          () -> method.apply(count, levelArray)));
    }
    printEstimates(List.of("area", "count", "population"), levels, common.format, common.out(), counts.size(),
        i -> List.of(counts.get(i).area(), counts.get(i).count(), counts.get(i).population()), estimates::get);
    return Ics.OK;
  }

  /** {@code ics inequality proportion}. */
  @Command(
      name = "proportion",
      mixinStandardHelpOptions = true,
      description = {
        "Calculates each area's proportion with Wilson score limits.",
        "",
        "It follows PHEindicatormethods' phe_proportion. The CSV has a header and one row per area:"
            + " area,count,population.",
        ""
      })
  static final class ProportionCommand implements Callable<Integer> {
    @CommandLine.Mixin Common common;

    @Option(names = "--multiplier", defaultValue = "1", paramLabel = "N",
        description = "multiplies the value and limits: 100 for a percentage (default: ${DEFAULT-VALUE})")
    double multiplier;

    @Override
    public Integer call() {
      return countEstimates(common, multiplier,
          (count, levels) -> Proportion.of(count.count(), count.population()).withWilsonLimits(multiplier, levels));
    }
  }

  /** {@code ics inequality rate}. */
  @Command(
      name = "rate",
      mixinStandardHelpOptions = true,
      description = {
        "Calculates each area's crude rate with its confidence limits.",
        "",
        "The limits are exact Poisson limits below 10 events and Byar's limits from 10, as PHEindicatormethods'"
            + " phe_rate gives them. The CSV has a header and one row per area: area,count,population.",
        ""
      })
  static final class RateCommand implements Callable<Integer> {
    @CommandLine.Mixin Common common;

    @Option(names = "--multiplier", defaultValue = "100000", paramLabel = "N",
        description = "the rate is per this many people (default: ${DEFAULT-VALUE})")
    double multiplier;

    @Override
    public Integer call() {
      return countEstimates(common, multiplier,
          (count, levels) -> Rate.of(count.count(), count.population()).withLimits(multiplier, levels));
    }
  }

  /** {@code ics inequality dsr}. */
  @Command(
      name = "dsr",
      mixinStandardHelpOptions = true,
      description = {
        "Calculates each area's directly standardised rate with Dobson limits.",
        "",
        "It follows PHEindicatormethods' calculate_dsr. The CSV has a header and one row per area and age band:",
        "  area,age_band,count,population,standard_population",
        "Without standard_population each area needs the 19 bands of the European Standard Population 2013 in"
            + " order; an empty count is no events. Areas with fewer than 10 events have no rate (NA).",
        ""
      })
  static final class DsrCommand implements Callable<Integer> {
    @CommandLine.Mixin Common common;

    @Option(names = "--multiplier", defaultValue = "100000", paramLabel = "N",
        description = "the rate is per this many people (default: ${DEFAULT-VALUE})")
    double multiplier;

    @Override
    public Integer call() {
      common.requireFormat();
      List<ConfidenceLevel> levels = common.levels();
      if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
        throw common.usage("--multiplier must be positive, not " + multiplier);
      }
      AgeBands bands = common.read(IndicatorCsv::readAgeBands);
      List<DirectlyStandardisedRate> rates = new ArrayList<>();
      for (Map.Entry<String, List<AgeBandCount>> area : bands.byArea().entrySet()) {
        rates.add(atRow(bands.source(), bands.lineOf(area.getKey()).orElse(0), area.getKey(),
            null, () -> DirectlyStandardisedRate.of(area.getValue(), multiplier,
                levels.toArray(ConfidenceLevel[]::new))));
      }
      List<String> areas = List.copyOf(bands.byArea().keySet());
      printEstimates(List.of("area", "total_count", "total_population"), levels, common.format, common.out(),
          areas.size(), i -> List.of(areas.get(i), rates.get(i).totalCount(), rates.get(i).totalPopulation()),
          i -> rates.get(i).estimate().orElse(null));
      return Ics.OK;
    }
  }
}
