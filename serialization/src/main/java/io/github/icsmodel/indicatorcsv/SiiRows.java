package io.github.icsmodel.indicatorcsv;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.inequality.InequalityInputException;
import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiProgress;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SlopeIndexOfInequality;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The rows of a CSV file of slope index of inequality input, one per area and quantile, with the line each came
 * from: what {@link IndicatorCsv#readSii} returns.
 */
public final class SiiRows {
  private final String source;
  private final ImmutableList<SiiInput> rows;
  private final int[] lines;

  SiiRows(String source, List<SiiInput> rows, int[] lines) {
    this.source = source;
    this.rows = ImmutableList.copyOf(rows);
    this.lines = lines.clone();
  }

  /**
   * The file, as it was named.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The rows, in file order.
   *
   * @return the rows
   */
  public List<SiiInput> rows() {
    return rows;
  }

  /**
   * The line of the file that gave the row of an area and quantile.
   *
   * @param area the area
   * @param quantile the quantile
   * @return the 1-based line, or empty if no row has that area and quantile
   */
  public OptionalInt lineOf(String area, int quantile) {
    Objects.requireNonNull(area, "area");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).area().equals(area) && rows.get(i).quantile() == quantile) {
        return OptionalInt.of(lines[i]);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Calculates the SII and RII of every area ({@link SlopeIndexOfInequality#calculate(Iterable, SiiOptions)}),
   * reporting input the method rejects with the file and line of the row at fault.
   *
   * @param options the options
   * @return the results
   * @throws IndicatorCsvException if the method rejects the input; the message names the file and, where the
   *     problem lies in one row, its line, area and quantile
   */
  public SiiResults calculate(SiiOptions options) {
    return calculate(options, SiiProgress.none());
  }

  /**
   * Calculates the SII and RII of every area, reporting progress ({@link SlopeIndexOfInequality#calculate(Iterable,
   * SiiOptions, SiiProgress)}), and input the method rejects with the file and line of the row at fault.
   *
   * @param options the options
   * @param progress told of each area finished, possibly from several threads at once
   * @return the results
   * @throws IndicatorCsvException if the method rejects the input, as for {@link #calculate(SiiOptions)}
   */
  public SiiResults calculate(SiiOptions options, SiiProgress progress) {
    try {
      return SlopeIndexOfInequality.calculate(rows, options, progress);
    } catch (InequalityInputException e) {
      String problem = e.getMessage();
      String area = e.area().orElse(null);
      String group = null;
      int line = 0;
      if (e.area().isPresent() && e.quantile().isPresent()) {
        group = "quantile " + e.quantile().getAsInt();
        line = lineOf(area, e.quantile().getAsInt()).orElse(0);
        String prefix = "area " + area + ", quantile " + e.quantile().getAsInt() + ": ";
        problem = problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem;
      } else if (e.area().isPresent()) {
        String prefix = "area " + area + ": ";
        problem = problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem;
      }
      throw new IndicatorCsvException(source, line, null, area, group, problem, e);
    }
  }
}
