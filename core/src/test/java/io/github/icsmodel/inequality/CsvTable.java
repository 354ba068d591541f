package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A CSV test resource read into rows keyed by column name. It understands double-quoted fields (with "" for a
 * quote), which the anchor files use in their note columns.
 *
 * <p>JUnit's {@code @CsvFileSource} cannot find resources when Surefire runs the tests on the module path, so the
 * tests read their tables through this class and feed them to {@code @MethodSource}.
 */
public final class CsvTable {
  private final ImmutableList<Row> rows;

  private CsvTable(ImmutableList<Row> rows) {
    this.rows = rows;
  }

  /**
   * Reads a resource from the test class path.
   *
   * @param resource an absolute resource name, such as {@code /phe/rate_cases.csv}
   * @return the table
   */
  public static CsvTable read(String resource) {
    try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = null;
      ImmutableList.Builder<Row> rows = ImmutableList.builder();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        List<String> fields = split(line);
        if (header == null) {
          header = fields;
          continue;
        }
        ImmutableMap.Builder<String, String> row = ImmutableMap.builder();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
        }
        rows.add(new Row(row.build()));
      }
      return new CsvTable(rows.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /**
   * Returns the rows in file order.
   *
   * @return the rows
   */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * Returns the rows in file order as a stream.
   *
   * @return the rows
   */
  public Stream<Row> stream() {
    return rows.stream();
  }

  /**
   * Returns the rows that match a condition.
   *
   * @param condition the condition
   * @return the matching rows
   */
  public ImmutableList<Row> where(Predicate<Row> condition) {
    return rows.stream().filter(condition).collect(ImmutableList.toImmutableList());
  }

  /** One row of a table. */
  public static final class Row {
    private final Map<String, String> fields;

    Row(Map<String, String> fields) {
      this.fields = fields;
    }

    /**
     * The text of a column.
     *
     * @param column the column name
     * @return the text, empty for an empty cell
     */
    public String text(String column) {
      String value = fields.get(column);
      if (value == null) {
        throw new IllegalArgumentException("no column " + column + " in " + fields.keySet());
      }
      return value;
    }

    /**
     * Whether a cell is empty (NA in the anchor files).
     *
     * @param column the column name
     * @return true if empty
     */
    public boolean isEmpty(String column) {
      return text(column).isEmpty();
    }

    /**
     * A numeric column.
     *
     * @param column the column name
     * @return the number
     */
    public double number(String column) {
      return Double.parseDouble(text(column));
    }

    /**
     * A numeric column that may be empty.
     *
     * @param column the column name
     * @return the number, or empty
     */
    public OptionalDouble optionalNumber(String column) {
      return isEmpty(column) ? OptionalDouble.empty() : OptionalDouble.of(number(column));
    }

    @Override
    public String toString() {
      return fields.toString();
    }
  }
}
