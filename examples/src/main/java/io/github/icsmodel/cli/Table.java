package io.github.icsmodel.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of named columns, printed as an aligned text table wrapped to the terminal's width, as CSV (RFC 4180, through
 * FastCSV, guarded against spreadsheet formula injection) or as a JSON array of objects.
 */
final class Table {
  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = List.of(columns);
  }

  Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " values");
    }
    List<String> row = new ArrayList<>();
    for (Object value : values) {
      row.add(value == null ? "" : value.toString());
    }
    rows.add(row);
    return this;
  }

  /** Prints the table at the width of a terminal that is not one: {@value Terminal#DEFAULT_WIDTH} columns. */
  void print(OutputFormat format, PrintWriter out) {
    print(format, out, Terminal.DEFAULT_WIDTH);
  }

  /**
   * Prints the table: as text wrapped to a width, as CSV (RFC 4180, guarded against formula injection) or as JSON.
   *
   * @param format the format
   * @param out where to print
   * @param width the width of the text table, in columns
   */
  void print(OutputFormat format, PrintWriter out, int width) {
    switch (format) {
      case csv:
        out.print(csv());
        break;
      case json:
        // Jackson is loaded only here, when JSON is written.
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (List<String> row : rows) {
          ObjectNode object = array.addObject();
          for (int i = 0; i < columns.size(); i++) {
            object.put(columns.get(i), row.get(i));
          }
        }
        out.println(array.toPrettyString());
        break;
      default:
        out.print(text(width));
    }
    out.flush();
  }

  /**
   * Prints the table as {@link #print(OutputFormat, PrintWriter, int)} does, headed in text by a line that says
   * what it lists, the date it is as of and how many rows it has, as a validation report's first line says the date
   * it is as of: {@code ICBs as of 2026-12-07 (geography April 2026): 36}. CSV and JSON are as without it: a CSV
   * header row and a JSON array have no place for the date.
   *
   * @param subject what the rows are, such as {@code ICBs}
   * @param asOf the date the rows are as of
   * @param detail what else the date decided, in parentheses with a space before, or empty
   * @param format the format
   * @param out where to print
   * @param width the width of the text table, in columns
   */
  void printAsOf(String subject, LocalDate asOf, String detail, OutputFormat format, PrintWriter out, int width) {
    if (format == OutputFormat.text) {
      out.println(subject + " as of " + asOf + detail + ": " + rows.size());
      out.println();
    }
    print(format, out, width);
  }

  // text

  /** A width that wraps nothing, for tables of numbers. */
  static final int UNWRAPPED = Integer.MAX_VALUE;

  /** The gap between two columns. */
  private static final int GAP = 2;

  /** The narrowest a column of wrapped text is made, so that it still reads. */
  private static final int MIN_WRAPPED = 20;

  /** The narrowest anything is wrapped to. */
  private static final int MIN_COLUMN = 8;

  /** The indent of the wrapped cells of a record. */
  private static final int INDENT = 4;

  /**
   * Returns the table as text no wider than {@code width} where that can be done. Each column is as wide as its
   * widest cell if they all fit. Otherwise the columns whose cells have no spaces (ids, codes, severities, which
   * cannot wrap and which people copy) keep their widths, and the others share what is left, wrapped at spaces.
   * If that would leave them too narrow to read, each row is printed as a record instead: the unwrappable cells
   * on as few lines as fit, then each other cell on lines of its own, indented, and a blank line between records.
   */
  String text(int width) {
    int[] widths = columnWidths(width);
    StringBuilder text = new StringBuilder();
    if (widths == null) {
      appendRecord(columns, width, text);
      for (List<String> row : rows) {
        text.append(System.lineSeparator());
        appendRecord(row, width, text);
      }
      return text.toString();
    }
    appendRow(columns, widths, text);
    for (List<String> row : rows) {
      appendRow(row, widths, text);
    }
    return text.toString();
  }

  private void appendRecord(List<String> cells, int width, StringBuilder text) {
    boolean[] unbreakable = unbreakable();
    // The unwrappable cells, whole, on as few lines as fit; the first line unindented.
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (!unbreakable[i] || cell.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + GAP + cell.length() > width) {
        text.append(line).append(System.lineSeparator());
        line.setLength(0);
        line.append(" ".repeat(INDENT));
      } else if (line.length() > 0) {
        line.append(" ".repeat(GAP));
      }
      line.append(cell);
    }
    text.append(line).append(System.lineSeparator());
    for (int i = 0; i < cells.size(); i++) {
      if (!unbreakable[i] && !cells.get(i).isBlank()) {
        for (String part : wrap(cells.get(i), Math.max(MIN_COLUMN, width - INDENT))) {
          text.append(" ".repeat(INDENT)).append(part).append(System.lineSeparator());
        }
      }
    }
  }

  /** One unwrapped line of cells at the given column widths, as {@link #text} prints a row: for streamed tables. */
  static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    appendRow(cells, widths, text);
    return text.toString();
  }

  private static void appendRow(List<String> cells, int[] widths, StringBuilder text) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines = wrap(cells.get(i), widths[i]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int l = 0; l < height; l++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String part = l < wrapped.get(i).size() ? wrapped.get(i).get(l) : "";
        if (i > 0) {
          line.append(" ".repeat(GAP));
        }
        line.append(part).append(" ".repeat(Math.max(0, widths[i] - part.length())));
      }
      text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
  }

  /** Wraps text at spaces into lines of at most {@code width} characters, cutting only words longer than that. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Which columns have no spaces in any cell, and so cannot wrap. */
  private boolean[] unbreakable() {
    boolean[] unbreakable = new boolean[columns.size()];
    for (int i = 0; i < unbreakable.length; i++) {
      unbreakable[i] = !columns.get(i).contains(" ");
      for (List<String> row : rows) {
        unbreakable[i] &= !row.get(i).contains(" ");
      }
    }
    return unbreakable;
  }

  /**
   * The width of each column's text, so that the table fits in {@code width}; null if it fits only with columns
   * too narrow to read. Columns whose cells have no spaces keep their widths; the other columns share what is
   * left, the narrow ones keeping their widths and the widest narrowed first.
   */
  int[] columnWidths(int width) {
    int n = columns.size();
    int[] natural = new int[n];
    for (int i = 0; i < n; i++) {
      natural[i] = columns.get(i).length();
      for (List<String> row : rows) {
        natural[i] = Math.max(natural[i], row.get(i).length());
      }
    }
    int total = GAP * (n - 1);
    for (int w : natural) {
      total += w;
    }
    if (width == UNWRAPPED || total <= width) {
      return natural;
    }
    boolean[] unbreakable = unbreakable();
    int available = width - GAP * (n - 1);
    List<Integer> shared = new ArrayList<>();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      if (unbreakable[i]) {
        widths[i] = natural[i];
        available -= natural[i];
      } else {
        shared.add(i);
      }
    }
    if (available < shared.size() * MIN_WRAPPED) {
      return null;
    }
    // Water-filling: the narrow columns keep their width, the rest share what is left equally.
    shared.sort(java.util.Comparator.comparingInt(i -> natural[i]));
    int left = available;
    for (int k = 0; k < shared.size(); k++) {
      int column = shared.get(k);
      widths[column] = Math.min(natural[column], left / (shared.size() - k));
      left -= widths[column];
    }
    return widths;
  }

  // CSV

  /**
   * Returns the table as CSV per RFC 4180, written by FastCSV: comma-separated, CRLF line ends, a field quoted when
   * it holds a comma, a quote, a CR or an LF, and quotes in it doubled. Every cell that a spreadsheet would take
   * for a formula (one that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return,
   * as OWASP lists them) is written with a leading apostrophe, so that it is shown as text; plain numbers,
   * negative ones included, are left as they are. (No CSV library for Java that was considered, FastCSV,
   * jackson-dataformat-csv or Apache Commons CSV, has such a guard; this is the OWASP rule, applied before the
   * library quotes.)
   */
  String csv() {
    StringWriter text = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      writer.writeRecord(guard(columns));
      for (List<String> row : rows) {
        writer.writeRecord(guard(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** Guards cells against formula injection (CWE-1236). */
  static String[] guard(List<String> cells) {
    String[] guarded = new String[cells.size()];
    for (int i = 0; i < guarded.length; i++) {
      String cell = cells.get(i);
      boolean formula =
          !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
      guarded[i] = formula ? "'" + cell : cell;
    }
    return guarded;
  }
}
