package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one of the shipped reference CSV files from the classpath: UTF-8, a header row, standard CSV quoting.
 *
 * <p>A leading UTF-8 byte-order mark, which ONS files carry, is ignored. The header must be exactly the one expected, every row must have as many fields as the header, and no field
 * may span lines, so that a row's line number is its index plus two. Any problem is an {@link IcsException} that
 * names the file, the line and the column.
 */
final class ReferenceCsv {

  private ReferenceCsv() {}

  /**
   * Reads a file from this package's resources.
   *
   * @param file the file name, such as {@code icbs.csv}
   * @param header the expected column names, in order
   * @return the data rows, without the header
   */
  static List<Row> read(String file, String... header) {
    InputStream in = ReferenceCsv.class.getResourceAsStream(file);
    if (in == null) {
      throw new IcsException("England reference data: " + file + " is missing from the classpath");
    }
    // FastCSV rather than Jackson's CSV mapper: the same RFC 4180 reading, for a tenth of the start-up cost (the
    // mapper's set-up was about half of the reference data's loading time; see benchmarks/README.md, start-up).
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder()
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(reader)) {
      Iterator<CsvRecord> rows = csv.iterator();
      if (!rows.hasNext()) {
        throw new IcsException("England reference data: " + file + " is empty");
      }
      String[] actual = rows.next().getFields().toArray(new String[0]);
      if (actual.length > 0 && actual[0].startsWith("\uFEFF")) {
        // ONS CSVs begin with a UTF-8 byte-order mark, kept in the shipped copy as published.
        actual[0] = actual[0].substring(1);
      }
      if (!Arrays.equals(actual, header)) {
        throw new IcsException("England reference data: " + file + " line 1: expected the header "
            + String.join(",", header) + " but found " + String.join(",", actual));
      }
      ImmutableList.Builder<Row> result = ImmutableList.builder();
      while (rows.hasNext()) {
        CsvRecord record = rows.next();
        String[] values = record.getFields().toArray(new String[0]);
        Row row = new Row(file, Math.toIntExact(record.getStartingLineNumber()), header, values);
        if (values.length != header.length) {
          throw row.problem("expected " + header.length + " fields but found " + values.length);
        }
        for (String value : values) {
          if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw row.problem("a field spans lines");
          }
        }
        result.add(row);
      }
      return result.build();
    } catch (IOException | UncheckedIOException | CsvParseException e) {
      throw new IcsException("England reference data: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static final class Row {
    private final String file;
    private final int line;
    private final String[] header;
    private final String[] values;

    private Row(String file, int line, String[] header, String[] values) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.values = values;
    }

    /** Returns the text of a column, which must not be blank. */
    String text(String column) {
      String value = raw(column);
      if (value.isBlank()) {
        throw problem(column, "must not be blank");
      }
      return value;
    }

    /** Returns the text of a column, which may be empty. */
    String raw(String column) {
      for (int i = 0; i < header.length; i++) {
        if (header[i].equals(column)) {
          return values[i];
        }
      }
      throw new IllegalArgumentException("no column " + column + " in " + file);
    }

    GssCode gss(String column) {
      return parse(column, GssCode::of);
    }

    OdsCode ods(String column) {
      return parse(column, OdsCode::of);
    }

    int count(String column) {
      return parse(column, text -> {
        int count = Integer.parseInt(text);
        if (count < 1) {
          throw new InvalidValueException("a count of LSOAs must be at least 1, not " + count);
        }
        return count;
      });
    }

    BigDecimal decimal(String column) {
      return parse(column, BigDecimal::new);
    }

    boolean flag(String column) {
      String text = text(column);
      if (text.equals("Y")) {
        return true;
      }
      if (text.equals("N")) {
        return false;
      }
      throw problem(column, "expected Y or N but found \"" + text + "\"");
    }

    <T> T parse(String column, Function<String, T> parser) {
      String text = text(column);
      try {
        return parser.apply(text);
      } catch (RuntimeException e) {
        throw new IcsException(where(column) + ": cannot read \"" + text + "\": " + e.getMessage(), e);
      }
    }

    IcsException problem(String column, String message) {
      return new IcsException(where(column) + ": " + message);
    }

    IcsException problem(String message) {
      return new IcsException("England reference data: " + file + " line " + line + ": " + message);
    }

    private String where(String column) {
      return "England reference data: " + file + " line " + line + ", column " + column;
    }
  }
}
