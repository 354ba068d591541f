package io.github.icsmodel.report.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the page's two charts, as shapes for the template to draw in inline SVG. Colour is never the
 * only signal: bars carry their value as text, Core20 groups say so in their label, and the two trend lines differ
 * in dash pattern and marker as well as colour, with a legend in words.
 */
final class Charts {
  private static final int WIDTH = 500;

  private Charts() {}

  /** One bar: a label, a value and its limits (NaN where not recorded). */
  record Bar(String label, double value, double lower, double upper, boolean highlighted) {}

  /** One series of a line chart: its name and one value per period (NaN where absent). */
  record Series(String name, double[] values, double[] lower, double[] upper) {}

  static View.Chart bars(String id, String title, String description, List<Bar> bars, String unit) {
    int left = 170;
    int right = 105;
    int top = 10;
    int row = 30;
    int height = top + bars.size() * row + 34;
    double min = 0;
    double max = 0;
    for (Bar bar : bars) {
      min = Math.min(min, finiteMin(bar.value, bar.lower));
      max = Math.max(max, finiteMax(bar.value, bar.upper));
    }
    if (max == min) {
      max = min + 1;
    }
    double span = WIDTH - left - right;
    List<View.Rect> rects = new ArrayList<>();
    List<View.Segment> segments = new ArrayList<>();
    List<View.Label> labels = new ArrayList<>();
    double zero = left + (0 - min) / (max - min) * span;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = top + i * row;
      double x = left + (bar.value - min) / (max - min) * span;
      rects.add(new View.Rect(c(Math.min(x, zero)), c(y + 5), c(Math.abs(x - zero)), c(row - 10),
          bar.highlighted ? "bar core20" : "bar"));
      double end = x;
      if (!Double.isNaN(bar.lower) && !Double.isNaN(bar.upper)) {
        double lx = left + (bar.lower - min) / (max - min) * span;
        double ux = left + (bar.upper - min) / (max - min) * span;
        double cy = y + row / 2.0;
        segments.add(new View.Segment(c(lx), c(cy), c(ux), c(cy), "whisker"));
        segments.add(new View.Segment(c(lx), c(cy - 6), c(lx), c(cy + 6), "whisker"));
        segments.add(new View.Segment(c(ux), c(cy - 6), c(ux), c(cy + 6), "whisker"));
        end = Math.max(end, ux);
      }
      labels.add(new View.Label(c(left - 8), c(y + row / 2.0 + 4), "end", shorten(bar.label), "axis-label"));
      labels.add(new View.Label(c(end + 6), c(y + row / 2.0 + 4), "start", Numbers.fixed(bar.value, 1)
          + (bar.highlighted ? " (Core20)" : ""), "value-label"));
    }
    double axis = top + bars.size() * row + 4;
    segments.add(new View.Segment(c(left), c(axis), c(WIDTH - right), c(axis), "axis"));
    segments.add(new View.Segment(c(zero), c(top), c(zero), c(axis), "axis"));
    labels.add(new View.Label(c(left), c(axis + 16), "start", Numbers.fixed(min, 1), "axis-label"));
    labels.add(new View.Label(c(WIDTH - right), c(axis + 16), "end", Numbers.fixed(max, 1) + unit, "axis-label"));
    return new View.Chart(true, id, title, description, WIDTH, height, rects, segments, labels, List.of());
  }

  static View.Chart lines(String id, String title, String description, List<String> periods, List<Series> series) {
    int left = 70;
    int right = 30;
    int top = 20;
    int plot = 170;
    int height = top + plot + 70;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.values.length; i++) {
        min = Math.min(min, finiteMin(s.values[i], s.lower[i]));
        max = Math.max(max, finiteMax(s.values[i], s.upper[i]));
      }
    }
    if (!(min < max)) {
      min = Double.isFinite(min) ? min - 1 : 0;
      max = min + 2;
    }
    double pad = (max - min) * 0.1;
    min -= pad;
    max += pad;
    double span = WIDTH - left - right;
    double step = periods.size() == 1 ? 0 : span / (periods.size() - 1);
    List<View.Segment> segments = new ArrayList<>();
    List<View.Label> labels = new ArrayList<>();
    List<View.Polyline> lines = new ArrayList<>();
    double bottom = top + plot;
    segments.add(new View.Segment(c(left), c(bottom), c(WIDTH - right), c(bottom), "axis"));
    segments.add(new View.Segment(c(left), c(top), c(left), c(bottom), "axis"));
    labels.add(new View.Label(c(left - 6), c(top + 4), "end", Numbers.fixed(max, 1), "axis-label"));
    labels.add(new View.Label(c(left - 6), c(bottom), "end", Numbers.fixed(min, 1), "axis-label"));
    for (int i = 0; i < periods.size(); i++) {
      labels.add(new View.Label(c(left + i * step), c(bottom + 18), i == 0 ? "start"
          : i == periods.size() - 1 ? "end" : "middle", periods.get(i), "axis-label"));
    }
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      StringBuilder points = new StringBuilder();
      List<View.Rect> markers = new ArrayList<>();
      for (int i = 0; i < s.values.length; i++) {
        if (Double.isNaN(s.values[i])) {
          continue;
        }
        double x = left + i * step;
        double y = bottom - (s.values[i] - min) / (max - min) * plot;
        points.append(points.length() == 0 ? "" : " ").append(c(x)).append(',').append(c(y));
        double size = k == 0 ? 8 : 6;
        markers.add(new View.Rect(c(x - size / 2), c(y - size / 2), c(size), c(size),
            k == 0 ? "marker first" : "marker second"));
        if (!Double.isNaN(s.lower[i]) && !Double.isNaN(s.upper[i])) {
          double ly = bottom - (s.lower[i] - min) / (max - min) * plot;
          double uy = bottom - (s.upper[i] - min) / (max - min) * plot;
          segments.add(new View.Segment(c(x), c(ly), c(x), c(uy), "whisker"));
          segments.add(new View.Segment(c(x - 5), c(ly), c(x + 5), c(ly), "whisker"));
          segments.add(new View.Segment(c(x - 5), c(uy), c(x + 5), c(uy), "whisker"));
        }
      }
      lines.add(new View.Polyline(points.toString(), k == 0 ? "line first" : "line second", markers));
      double ly = bottom + 40 + k * 0;
      double lx = left + k * 250;
      segments.add(new View.Segment(c(lx), c(ly - 4), c(lx + 30), c(ly - 4), k == 0 ? "line first" : "line second"));
      labels.add(new View.Label(c(lx + 36), c(ly), "start", s.name + (k == 0 ? " (solid line, squares)"
          : " (dashed line, small squares)"), "legend"));
    }
    return new View.Chart(true, id, title, description, WIDTH, height, List.of(), segments, labels, lines);
  }

  private static double finiteMin(double a, double b) {
    return Double.isNaN(b) ? a : Math.min(a, b);
  }

  private static double finiteMax(double a, double b) {
    return Double.isNaN(b) ? a : Math.max(a, b);
  }

  private static String shorten(String label) {
    return label.length() <= 28 ? label : label.substring(0, 27) + "\u2026";
  }

  private static String c(double value) {
    return Numbers.coordinate(value);
  }
}
