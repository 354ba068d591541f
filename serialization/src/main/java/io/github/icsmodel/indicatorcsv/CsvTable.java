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
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;

/**
 * A CSV file read row by row, with the line each row starts on: the layer under {@link IndicatorCsv}. Rows are
 * streamed: only the row being converted is held as text.
 * The header names the columns (trimmed, case-insensitive); each row is read as text and converted by the typed
 * accessors of {@link Row}, which report problems by file, line and column.
 */
final class CsvTable {
  /** The longest file read, in bytes. */
  static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  /** The longest field read, in characters. */
  static final int MAX_FIELD_LENGTH = 100_000;

  /** Our own factory with explicit limits; the JVM-wide defaults are untouched. */
  private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_FILE_BYTES)
          .maxStringLength(MAX_FIELD_LENGTH)
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
  private final MappingIterator<String[]> iterator;
  private boolean iterated;

  private CsvTable(String source, Map<String, Integer> columns, MappingIterator<String[]> iterator) {
    this.source = source;
    this.columns = columns;
    this.iterator = iterator;
  }

  /**
   * Reads the header of a CSV text; the rows follow, one at a time, from {@link #rows()}, so that only the row
   * being converted is held, never the file's text.
   */
  static CsvTable read(Reader reader, String source) {
    try {
      MappingIterator<String[]> iterator = MAPPER.readerFor(String[].class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .readValues(reader);
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
      return new CsvTable(source, columns, iterator);
    } catch (IOException | RuntimeException e) {
      throw failure(source, e);
    }
  }

  /**
   * The data rows, read as they are asked for: once only.
   *
   * @return the rows, in file order, blank lines skipped
   * @throws IndicatorCsvException while iterating, if the file is not readable CSV or has more than
   *     {@link #MAX_ROWS} rows
   */
  Iterable<Row> rows() {
    if (iterated) {
      throw new IllegalStateException("the rows of " + source + " were read already");
    }
    iterated = true;
    return () -> new Iterator<>() {
      private Row next;
      private int count;

      @Override
      public boolean hasNext() {
        try {
          while (next == null && iterator.hasNextValue()) {
            JsonLocation start = iterator.getParser().currentLocation();
            if (count == MAX_ROWS) {
              throw new IndicatorCsvException(source, start.getLineNr(), null, null, null,
                  "the file has more than " + MAX_ROWS + " rows, the most this tool reads; split it by area", null);
            }
            String[] values = iterator.nextValue();
            if (values.length == 1 && values[0].isBlank()) {
              continue;
            }
            count++;
            next = new Row(CsvTable.this, start.getLineNr(), values);
          }
          return next != null;
        } catch (IOException | RuntimeException e) {
          throw failure(source, e);
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }
    };
  }

  /** A failure to read, as an {@link IndicatorCsvException} with the line where it is known. */
  private static IndicatorCsvException failure(String source, Exception e) {
    if (e instanceof IndicatorCsvException) {
      return (IndicatorCsvException) e;
    }
    if (e instanceof Utf8Validation.InvalidUtf8Exception) {
      Utf8Validation.InvalidUtf8Exception invalid = (Utf8Validation.InvalidUtf8Exception) e;
      int line = (int) Math.min(Integer.MAX_VALUE, invalid.line());
      if (invalid.getMessage().contains("NUL byte")) {
        // Never dropped or kept silently: a NUL byte is no part of a text field ("x\0y" is not "xy").
        return new IndicatorCsvException(source, line, null, null, null, "a NUL byte (0x00) at column "
            + invalid.column() + ", which a CSV file of text never holds: is the file UTF-16 or UTF-32, or not"
            + " text? Save it as UTF-8", null);
      }
      return new IndicatorCsvException(source, line, null, null, null,
          invalid.getMessage() + " (column " + invalid.column() + "); save the file as UTF-8", null);
    }
    if (e.getCause() instanceof Utf8Validation.InvalidUtf8Exception) {
      return failure(source, (Exception) e.getCause());
    }
    String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException
        && ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation() != null
        ? ":" + ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation().getLineNr()
        : "";
    Throwable constraint = e;
    while (constraint != null
        && !(constraint instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException)) {
      constraint = constraint.getCause();
    }
    String message = constraint != null
        ? limit(((com.fasterxml.jackson.core.JsonProcessingException) constraint).getOriginalMessage())
        : e instanceof com.fasterxml.jackson.core.JsonProcessingException
        ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    return new IndicatorCsvException(source + where, 0, null, null, null, "not a readable CSV file: " + message, e);
  }

  /** A limit of {@link #MAPPER} in this reader's words, not Jackson's (which name its classes and methods). */
  private static String limit(String message) {
    String text = message == null ? "" : message;
    if (text.contains("String value length")) {
      return "a field is longer than " + MAX_FIELD_LENGTH + " characters";
    }
    if (text.toLowerCase(Locale.ROOT).contains("document length")) {
      return "the file is longer than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB";
    }
    return "a value is larger than this reader allows";
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
