package io.github.icsmodel.cli;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.indicatorcsv.SiiRows;
import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.inequality.SiiInterval;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiResult;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SiiValueType;
import io.github.icsmodel.textio.IoProblems;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart analysts draw for the slope index of inequality, as an SVG file with one panel per area: a bar for each
 * quantile, as wide as its share of the population and placed along the cumulative population from the most deprived
 * (0) to the least deprived (1), as high as its value, with its 95% limits as error bars; and the fitted line (a
 * curve with transformation) whose difference between the ends is the SII. Values are multiplied by the absolute
 * value of the multiplier, so the line's rise is the SII in its own units. Drawn with JFreeChart on Apache Batik's
 * {@code Graphics2D}.
 */
final class SiiChart {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 450;
  private static final int LINE_POINTS = 100;

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private SiiChart() {}

  /**
   * Writes the charts of every area with a result to a file.
   *
   * @param rows the input
   * @param results the results of that input
   * @param file the SVG file to write
   * @param force whether an existing file may be replaced
   * @throws CliFailure if the file cannot be written (the message names it and the cause)
   */
  static void write(SiiRows rows, SiiResults results, Path file, boolean force) {
    Outputs.write(file, svg(rows, results), force);
  }

  /** Returns the SVG document of the charts of every area with a result, one below the other. */
  static String svg(SiiRows rows, SiiResults results) {
    List<SiiResult> areas = results.results();
    org.w3c.dom.Document document;
    try {
      document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
          .createDocument("http://www.w3.org/2000/svg", "svg", null);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("no XML DOM implementation", e);
    }
    SVGGraphics2D graphics = new SVGGraphics2D(document);
    graphics.setSVGCanvasSize(new java.awt.Dimension(WIDTH, HEIGHT * Math.max(1, areas.size())));
    for (int i = 0; i < areas.size(); i++) {
      JFreeChart chart = chart(rows, results.options(), areas.get(i));
      chart.draw(graphics, new Rectangle2D.Double(0, (double) i * HEIGHT, WIDTH, HEIGHT));
    }
    java.io.StringWriter svg = new java.io.StringWriter();
    try {
      graphics.stream(svg, true);
    } catch (org.apache.batik.svggen.SVGGraphics2DIOException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
    return svg.toString();
  }

  /** The chart of one area. */
  static JFreeChart chart(SiiRows input, SiiOptions options, SiiResult result) {
    List<SiiInput> rows = new ArrayList<>();
    for (SiiInput row : input.rows()) {
      if (row.area().equals(result.area())) {
        rows.add(row);
      }
    }
    rows.sort(Comparator.comparingInt(SiiInput::quantile));
    double total = rows.stream().mapToDouble(SiiInput::population).sum();
    double scale = Math.abs(options.multiplier());
    XYIntervalSeries quantiles = new XYIntervalSeries("Value of each quantile, with 95% limits");
    double cumulative = 0;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (SiiInput row : rows) {
      double share = row.population() / total;
      double value = value(row);
      double[] limits = limits(row, value, options.valueType());
      quantiles.add(cumulative + share / 2, cumulative, cumulative + share, scale * value, scale * limits[0],
          scale * limits[1]);
      low = Math.min(low, scale * Math.min(value, limits[0]));
      high = Math.max(high, scale * Math.max(value, limits[1]));
      cumulative += share;
    }
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(quantiles);

    XYSeries line = new XYSeries("Fitted line: its rise from 0 to 1 is the SII");
    for (int i = 0; i <= LINE_POINTS; i++) {
      double rank = (double) i / LINE_POINTS;
      double fitted = scale * fitted(result, options, rank);
      line.add(rank, fitted);
      low = Math.min(low, fitted);
      high = Math.max(high, fitted);
    }

    NumberAxis rank = new NumberAxis("Cumulative share of the population, most deprived first");
    rank.setRange(0, 1);
    NumberAxis values = new NumberAxis("Value" + (scale == 1 ? "" : " x " + InequalityCommand.number(scale, true)));
    // The axis covers the limits and the line; it starts at zero for rates and proportions, whose bars then show
    // the values to scale.
    if (options.valueType() != SiiValueType.OTHER) {
      low = Math.min(0, low);
    }
    double margin = (high - low) * 0.05;
    values.setRange(options.valueType() != SiiValueType.OTHER && low == 0 ? 0 : low - margin, high + margin);

    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setDrawBarOutline(true);
    barRenderer.setSeriesPaint(0, new Color(0x9E, 0xC5, 0xE8));
    barRenderer.setSeriesOutlinePaint(0, Color.WHITE);
    XYPlot plot = new XYPlot(bars, rank, values, barRenderer);

    XYErrorRenderer errorBars = new XYErrorRenderer();
    errorBars.setDrawXError(false);
    errorBars.setDefaultShapesVisible(false);
    errorBars.setDefaultLinesVisible(false);
    errorBars.setErrorPaint(new Color(0x33, 0x33, 0x33));
    plot.setDataset(1, bars);
    plot.setRenderer(1, errorBars);

    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setSeriesPaint(0, new Color(0xC0, 0x39, 0x2B));
    lineRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
    plot.setDataset(2, new XYSeriesCollection(line));
    plot.setRenderer(2, lineRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(barRenderer.getLegendItem(0, 0));
    legend.add(lineRenderer.getLegendItem(2, 0));
    plot.setFixedLegendItems(legend);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setDomainGridlinesVisible(false);

    JFreeChart chart = new JFreeChart("Slope index of inequality: " + result.area(), JFreeChart.DEFAULT_TITLE_FONT,
        plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 16));
    chart.addSubtitle(new TextTitle(subtitle(result)));
    return chart;
  }

  private static String subtitle(SiiResult result) {
    StringBuilder text = new StringBuilder("SII ").append(InequalityCommand.number(result.sii(), true));
    if (!result.intervals().isEmpty()) {
      SiiInterval interval = result.intervals().get(0);
      text.append(" (").append(interval.confidence()).append(" limits ")
          .append(InequalityCommand.number(interval.siiLower(), true)).append(" to ")
          .append(InequalityCommand.number(interval.siiUpper(), true)).append(')');
    }
    return text.append(", RII ").append(InequalityCommand.number(result.rii(), true)).toString();
  }

  /** The row's value: given, or count / population. */
  static double value(SiiInput row) {
    return row.value().isPresent() ? row.value().getAsDouble() : row.count().getAsDouble() / row.population();
  }

  /** The row's 95% limits: given, or from the standard error on the value type's scale. */
  static double[] limits(SiiInput row, double value, SiiValueType type) {
    if (row.lowerLimit().isPresent() && row.upperLimit().isPresent() && row.standardError().isEmpty()) {
      return new double[] {row.lowerLimit().getAsDouble(), row.upperLimit().getAsDouble()};
    }
    double z = 1.959963984540054;
    double se = row.standardError().orElse(0);
    double centre = type.transform(value);
    return new double[] {type.inverse(centre - z * se), type.inverse(centre + z * se)};
  }

  /**
   * The fitted value at a relative rank, from the result: without transformation the line &beta;0 + &beta;1 x, with
   * &beta;0 the intercept and &beta;1 = SII / multiplier; with it the curve T<sup>-1</sup>(T(Y0) + x (T(Y1) -
   * T(Y0))) through the modelled ends Y0 = intercept / |multiplier| and Y1 = Y0 RII (Y0 / RII for a negative
   * multiplier, whose RII is inverted).
   */
  static double fitted(SiiResult result, SiiOptions options, double rank) {
    double m = options.multiplier();
    if (!options.transform()) {
      return result.intercept() + rank * result.sii() / m;
    }
    SiiValueType type = options.valueType();
    double start = result.intercept() / Math.abs(m);
    double end = m > 0 ? start * result.rii() : start / result.rii();
    double from = type.transform(start);
    return type.inverse(from + rank * (type.transform(end) - from));
  }
}
