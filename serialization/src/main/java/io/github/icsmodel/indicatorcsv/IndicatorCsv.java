package io.github.icsmodel.indicatorcsv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.inequality.AgeBandCount;
import io.github.icsmodel.inequality.DirectlyStandardisedRate;
import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.textio.IoProblems;
import io.github.icsmodel.textio.Utf8Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BiFunction;

/**
 * Reads the CSV layouts of the inequality methods. Column names are case-insensitive and may come in any order;
 * other columns are ignored. Numbers are written as in {@code 1234.5} or {@code 1.2e-3}; an empty cell, or
 * {@code NA} as R writes it, is missing.
 *
 * <table>
 *   <caption>Layouts</caption>
 *   <tr><th>Method</th><th>Columns</th></tr>
 *   <tr><td>Slope index of inequality, one row per area and quantile (1 = most deprived)</td>
 *       <td>{@code area, quantile, population}; {@code value}, or {@code count} for a proportion (value = count /
 *       population); {@code lower_cl} and {@code upper_cl} (95% limits of the value), or {@code se}</td></tr>
 *   <tr><td>Proportion or crude rate, one row per area</td><td>{@code area, count, population}</td></tr>
 *   <tr><td>Directly standardised rate, one row per area and age band</td>
 *       <td>{@code area, age_band, count, population}, and {@code standard_population}; without it each area must
 *       have the 19 bands of the European Standard Population 2013 in order (0-4 to 90+). An empty count is
 *       no events, as {@code calculate_dsr} treats a missing count</td></tr>
 * </table>
 */
public final class IndicatorCsv {
  private IndicatorCsv() {}

  /**
   * Reads slope index of inequality input from a file.
   *
   * @param file the file
   * @return the rows and their lines
   * @throws IndicatorCsvException if the file cannot be read, lacks a column, or a cell is not a number where one
   *     is needed; the message names the file, line, column, area and quantile
   */
  public static SiiRows readSii(Path file) {
    return read(file, IndicatorCsv::readSii);
  }

  /**
   * Reads slope index of inequality input.
   *
   * @param reader the CSV text; not closed
   * @param source the file's name for messages
   * @return the rows and their lines
   * @throws IndicatorCsvException as for {@link #readSii(Path)}
   */
  public static SiiRows readSii(Reader reader, String source) {
    CsvTable table = CsvTable.read(reader, source);
    table.require("area", "quantile", "population");
    table.requireOne("value", "count");
    if (!table.has("se")) {
      table.require("lower_cl", "upper_cl");
    }
    List<SiiInput> rows = new ArrayList<>();
    int[] lines = new int[64];
    for (CsvTable.Row row : table.rows()) {
      String area = row.text("area");
      int quantile = row.integer("quantile");
      if (quantile <= 0) {
        throw row.problem("quantile", "must be 1 or more (1 is the most deprived), not " + quantile);
      }
      row.identify(area, "quantile " + quantile);
      SiiInput.Builder input = SiiInput.builder().area(area).quantile(quantile)
          .population(row.number("population"));
      OptionalDouble value = row.optionalNumber("value");
      OptionalDouble count = row.optionalNumber("count");
      if (value.isEmpty() && count.isEmpty()) {
        throw row.problem(table.has("count") ? "value" : null,
            table.has("count") ? "the row has neither a value nor a count" : "is empty");
      }
      value.ifPresent(input::value);
      count.ifPresent(input::count);
      OptionalDouble se = row.optionalNumber("se");
      OptionalDouble lower = row.optionalNumber("lower_cl");
      OptionalDouble upper = row.optionalNumber("upper_cl");
      if (se.isEmpty() && (lower.isEmpty() || upper.isEmpty())) {
        throw row.problem(lower.isEmpty() ? "lower_cl" : "upper_cl",
            "is empty, and the row has no se: give both 95% limits or the standard error");
      }
      se.ifPresent(input::standardError);
      lower.ifPresent(input::lowerLimit);
      upper.ifPresent(input::upperLimit);
      if (rows.size() == lines.length) {
        lines = java.util.Arrays.copyOf(lines, lines.length * 2);
      }
      lines[rows.size()] = row.line;
      rows.add(input.build());
    }
    return new SiiRows(source, rows, java.util.Arrays.copyOf(lines, rows.size()));
  }

  /**
   * Reads counts and populations, one row per area, for proportions and crude rates.
   *
   * @param file the file
   * @return the rows, in file order
   * @throws IndicatorCsvException if the file cannot be read, lacks a column, or a cell is not a number
   */
  public static List<AreaCount> readCounts(Path file) {
    return read(file, IndicatorCsv::readCounts);
  }

  /**
   * Reads counts and populations, one row per area.
   *
   * @param reader the CSV text; not closed
   * @param source the file's name for messages
   * @return the rows, in file order
   * @throws IndicatorCsvException as for {@link #readCounts(Path)}
   */
  public static List<AreaCount> readCounts(Reader reader, String source) {
    CsvTable table = CsvTable.read(reader, source);
    table.require("area", "count", "population");
    ImmutableList.Builder<AreaCount> rows = ImmutableList.builder();
    for (CsvTable.Row row : table.rows()) {
      String area = row.text("area");
      row.identify(area, null);
      rows.add(new AreaCount(area, row.number("count"), row.number("population"), row.line));
    }
    return rows.build();
  }

  /**
   * Reads the age bands of each area for directly standardised rates.
   *
   * @param file the file
   * @return the bands by area
   * @throws IndicatorCsvException if the file cannot be read, lacks a column, a cell is not a number, or, without
   *     a standard_population column, an area does not have the 19 bands of the European Standard Population 2013
   */
  public static AgeBands readAgeBands(Path file) {
    return read(file, IndicatorCsv::readAgeBands);
  }

  /**
   * Reads the age bands of each area.
   *
   * @param reader the CSV text; not closed
   * @param source the file's name for messages
   * @return the bands by area
   * @throws IndicatorCsvException as for {@link #readAgeBands(Path)}
   */
  public static AgeBands readAgeBands(Reader reader, String source) {
    CsvTable table = CsvTable.read(reader, source);
    table.require("area", "age_band", "count", "population");
    boolean standard = table.has("standard_population");
    Map<String, List<CsvTable.Row>> byArea = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      byArea.computeIfAbsent(row.text("area"), a -> new ArrayList<>()).add(row);
    }
    List<Double> esp = DirectlyStandardisedRate.esp2013().asList();
    ImmutableMap.Builder<String, ImmutableList<AgeBandCount>> bands = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableList<Integer>> lines = ImmutableMap.builder();
    for (Map.Entry<String, List<CsvTable.Row>> area : byArea.entrySet()) {
      List<CsvTable.Row> rows = area.getValue();
      if (!standard && rows.size() != esp.size()) {
        throw new IndicatorCsvException(source, rows.get(0).line, null, area.getKey(), null,
            "without a standard_population column each area needs the " + esp.size() + " age bands of the"
                + " European Standard Population 2013 in order (0-4 to 90+), but this one has " + rows.size(), null);
      }
      ImmutableList.Builder<AgeBandCount> areaBands = ImmutableList.builder();
      ImmutableList.Builder<Integer> areaLines = ImmutableList.builder();
      for (int i = 0; i < rows.size(); i++) {
        CsvTable.Row row = rows.get(i);
        String band = row.text("age_band");
        row.identify(area.getKey(), "age band " + band);
        // calculate_dsr counts a missing count as no events.
        AgeBandCount.Builder count = AgeBandCount.builder().ageBand(band)
            .count(row.optionalNumber("count").orElse(0))
            .population(row.number("population"))
            .standardPopulation(standard ? row.number("standard_population") : esp.get(i));
        try {
          areaBands.add(count.build());
        } catch (IcsException e) {
          throw row.problem(e.getMessage(), e);
        }
        areaLines.add(row.line);
      }
      bands.put(area.getKey(), areaBands.build());
      lines.put(area.getKey(), areaLines.build());
    }
    return new AgeBands(source, bands.build(), lines.build());
  }

  private static <T> T read(Path file, BiFunction<Reader, String, T> parse) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), parse);
    } catch (IOException e) {
      throw new IndicatorCsvException(file.toString(), 0, null, null, null, IoProblems.describe(e), e);
    }
  }

  /** Reads UTF-8 bytes, refusing invalid UTF-8 and NUL bytes with their line. */
  static <T> T read(InputStream in, String source, BiFunction<Reader, String, T> parse) {
    Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(new Utf8Validation(in, true),
        StandardCharsets.UTF_8.newDecoder()));
    return parse.apply(reader, source);
  }

}
