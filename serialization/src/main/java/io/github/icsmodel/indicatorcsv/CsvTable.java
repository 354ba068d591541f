package io.github.icsmodel.indicatorcsv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.textio.Utf8Validation;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A CSV file read whole into rows of text, with the line each row starts on: the layer under {@link IndicatorCsv}.
 * The header names the columns (trimmed, case-insensitive); each row is read as text and converted by the typed
 * accessors of {@link Row}, which report problems by file, line and column.
 */
final class CsvTable {
  /** Our own factory with explicit limits; the JVM-wide defaults are untouched. */
  private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(512L * 1024 * 1024)
          .maxStringLength(100_000)
          .maxNumberLength(1000)
          .maxNestingDepth(10)
          .build())
      .build());

  /**
   * The most data rows a file may have: {@value}. A directly standardised rate for each of England's 33,755
   * LSOAs (2021) in 19 age bands is 641,345 rows; each row takes a few hundred bytes while read.
   */
  static final int MAX_ROWS = 1_000_000;

  /** A number as this reader accepts it: decimal, optionally signed, with an optional exponent. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?");

  /** A whole number as this reader accepts it: ASCII digits, optionally signed. */
  private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[+-]?[0-9]{1,9}");

  final String source;
  private final Map<String, Integer> columns;
  final List<Row> rows;

  private CsvTable(String source, Map<String, Integer> columns, List<Row> rows) {
    this.source = source;
    this.columns = columns;
    this.rows = rows;
  }

  static CsvTable read(Reader reader, String source) {
    try (MappingIterator<String[]> iterator = MAPPER.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvParser.Feature.SKIP_EMPTY_LINES)
        .readValues(reader)) {
      if (!iterator.hasNextValue()) {
        throw new IndicatorCsvException(source, 0, null, null, null, "the file is empty: expected a header row",
            null);
      }
      String[] header = iterator.nextValue();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        String name = header[i].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
          throw new IndicatorCsvException(source, 1, name, null, null, "the column is named twice in the header",
              null);
        }
      }
      List<Row> rows = new ArrayList<>();
      CsvTable table = new CsvTable(source, columns, rows);
      while (iterator.hasNextValue()) {
        JsonLocation start = iterator.getParser().currentLocation();
        if (rows.size() == MAX_ROWS) {
          throw new IndicatorCsvException(source, start.getLineNr(), null, null, null,
              "the file has more than " + MAX_ROWS + " rows, the most this tool reads; split it by area", null);
        }
        String[] values = iterator.nextValue();
        if (values.length == 1 && values[0].isBlank()) {
          continue;
        }
        rows.add(new Row(table, start.getLineNr(), values));
      }
      return table;
    } catch (Utf8Validation.InvalidUtf8Exception e) {
      throw new IndicatorCsvException(source, (int) Math.min(Integer.MAX_VALUE, e.line()), null, null, null,
          e.getMessage() + " (column " + e.column() + "); save the file as UTF-8", null);
    } catch (IOException | RuntimeException e) {
      if (e instanceof IndicatorCsvException) {
        throw (IndicatorCsvException) e;
      }
      String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException
          && ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation() != null
          ? ":" + ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation().getLineNr()
          : "";
      String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException
          ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
          : e.getMessage();
      throw new IndicatorCsvException(source + where, 0, null, null, null, "not a readable CSV file: " + message, e);
    }
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** Fails unless every column is in the header. */
  void require(String... names) {
    for (String name : names) {
      if (!has(name)) {
        throw new IndicatorCsvException(source, 1, null, null, null,
            "the header has no column " + name + " (it has: " + String.join(", ", columns.keySet()) + ")", null);
      }
    }
  }

  /** Fails unless at least one of the columns is in the header. */
  void requireOne(String first, String second) {
    if (!has(first) && !has(second)) {
      throw new IndicatorCsvException(source, 1, null, null, null,
          "the header needs a column " + first + " or " + second + " (it has: "
              + String.join(", ", columns.keySet()) + ")", null);
    }
  }

  /** One data row: typed accessors that name the file, line, column, and the area and group once known. */
  static final class Row {
    private final CsvTable table;
    final int line;
    private final String[] values;
    private String area;
    private String group;

    Row(CsvTable table, int line, String[] values) {
      this.table = table;
      this.line = line;
      this.values = values;
    }

    /** Names the row's area and group (such as "quantile 3") in later problems. */
    void identify(String area, String group) {
      this.area = area;
      this.group = group;
    }

    /** The trimmed text of a column; empty if the column is absent or the row is short. */
    String raw(String column) {
      Integer index = table.columns.get(column);
      return index == null || index >= values.length ? "" : values[index].trim();
    }

    String text(String column) {
      String text = raw(column);
      if (Texts.isBlank(text)) {
        throw problem(column, "is empty");
      }
      for (int i = 0; i < text.length(); i++) {
        if (Character.isISOControl(text.charAt(i))) {
          throw problem(column, "holds a control character (U+"
              + String.format(Locale.ROOT, "%04X", (int) text.charAt(i)) + ")");
        }
      }
      if (Texts.loneSurrogate(text) >= 0) {
        throw problem(column, "holds a lone surrogate, half of a character");
      }
      return text;
    }

    double number(String column) {
      OptionalDouble number = optionalNumber(column);
      if (number.isEmpty()) {
        throw problem(column, "is empty");
      }
      return number.getAsDouble();
    }

    /** A number, or empty if the cell is empty or says NA, as R writes a missing value. */
    OptionalDouble optionalNumber(String column) {
      String text = raw(column);
      if (text.isEmpty() || text.equals("NA")) {
        return OptionalDouble.empty();
      }
      try {
        if (!DECIMAL.matcher(text).matches()) {
          throw new NumberFormatException();
        }
        double value = Double.parseDouble(text);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
          throw new NumberFormatException();
        }
        return OptionalDouble.of(value);
      } catch (NumberFormatException e) {
        throw problem(column, "not a number: \"" + text + "\"");
      }
    }

    int integer(String column) {
      String text = text(column);
      try {
        if (!WHOLE.matcher(text).matches()) {
          throw new NumberFormatException();
        }
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw problem(column, "not a whole number: \"" + text + "\"");
      }
    }

    IndicatorCsvException problem(String column, String problem) {
      return new IndicatorCsvException(table.source, line, column, area, group, problem, null);
    }

    IndicatorCsvException problem(String problem, Throwable cause) {
      return new IndicatorCsvException(table.source, line, null, area, group, problem, cause);
    }
  }
}
