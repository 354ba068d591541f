package io.github.icsmodel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.indicatorcsv.AreaCount;
import io.github.icsmodel.indicatorcsv.IndicatorCsv;
import io.github.icsmodel.indicatorcsv.IndicatorCsvException;
import io.github.icsmodel.inequality.ConfidenceInterval;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.Estimate;
import io.github.icsmodel.inequality.InequalityInputException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      SiiCommand.class,
      ProportionCommand.class,
      RateCommand.class,
      DsrCommand.class
    })
final class InequalityCommand implements Runnable {
  /** The JSON mapper, in a holder of its own: Jackson is loaded only when JSON is written. */
  static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: sii, proportion, rate or dsr (try 'ics inequality --help')");
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


  /** The {@code --multiplier} of the rate commands ({@code rate} and {@code dsr}): per how many people. */
  static class Multiplier {
    @Option(names = "--multiplier", defaultValue = "100000", paramLabel = "N",
        description = "the rate is per this many people (default: ${DEFAULT-VALUE})")
    double value;
  }

  /** A {@code --multiplier}, checked: positive and finite, else a usage error of the command. */
  static double positive(Common common, double multiplier) {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw common.usage("--multiplier must be positive, not " + multiplier);
    }
    return multiplier;
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
  static void printEstimates(List<String> columns, List<ConfidenceLevel> levels, OutputFormat format,
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
  static <T> T atRow(String source, int line, String area, String group, CalculationStep<T> step) {
    try {
      return step.run();
    } catch (InequalityInputException e) {
      throw new IndicatorCsvException(source, line, null, area, group, e.getMessage(), e);
    }
  }

  /** A calculation that the method may reject. */
  interface CalculationStep<T> {
    T run();
  }

  /**
   * Runs a method on every area of a count file ({@code area,count,population}) and prints the estimates: what the
   * proportion and rate commands share.
   */
  static int countEstimates(Common common, double multiplier,
      java.util.function.BiFunction<AreaCount, ConfidenceLevel[], Estimate> method) {
    common.requireFormat();
    List<ConfidenceLevel> levels = common.levels();
    positive(common, multiplier);
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

}
