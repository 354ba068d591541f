package io.github.icsmodel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of named columns, printed as an aligned text table, as CSV (RFC 4180) or as a JSON array of objects. */
final class Table {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

  void print(OutputFormat format, PrintWriter out) {
    switch (format) {
      case csv:
        out.println(csvLine(columns));
        rows.forEach(row -> out.println(csvLine(row)));
        break;
      case json:
        ArrayNode array = JSON.createArrayNode();
        for (List<String> row : rows) {
          ObjectNode object = array.addObject();
          for (int i = 0; i < columns.size(); i++) {
            object.put(columns.get(i), row.get(i));
          }
        }
        out.println(JSON.valueToTree(array).toPrettyString());
        break;
      default:
        printText(out);
    }
    out.flush();
  }

  private void printText(PrintWriter out) {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(textLine(columns, widths));
    rows.forEach(row -> out.println(textLine(row, widths)));
  }

  private static String textLine(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length()));
      }
    }
    return line.toString();
  }

  static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String cell = cells.get(i);
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.toString();
  }
}
