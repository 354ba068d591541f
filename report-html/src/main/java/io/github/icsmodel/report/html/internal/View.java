package io.github.icsmodel.report.html.internal;

import java.util.List;

/**
 * What the page shows, already decided and formatted: the templates only lay it out. Every string here is plain
 * text from the model or the configuration; the templates escape it for where it goes. Not API: the package is
 * not exported.
 */
public final class View {
  private View() {}

  /** The whole page. */
  public record Page(String title, List<Fact> facts, Summary summary, NotChecked notChecked, England england,
      List<SystemView> systems) {}

  /** A term and its value, for a description list. */
  public record Fact(String term, String value) {}

  /** The ten-second summary. */
  public record Summary(String verdict, boolean valid, List<Count> bySeverity, List<Count> byKind, int waived) {}

  /** A count with its label. */
  public record Count(String label, int count) {}

  /** What the rules do not check. */
  public record NotChecked(boolean known, String statement, String overview, List<Duty> notChecked,
      List<Duty> checkedInPart) {}

  /** A duty the rules do not check, or check only in part. */
  public record Duty(String id, String title, String provision, String reason) {}

  /** The England summary of a national configuration; {@code present} is false for one system. */
  public record England(boolean present, List<SystemRow> rows, List<Area> findings, int findingCount) {}

  /** One system in the England summary. */
  public record SystemRow(String anchor, String name, String icbCode, int errors, int warnings, int information,
      int members, int indicators) {}

  /** One system's section. */
  public record SystemView(String anchor, String name, List<Fact> facts, List<Area> areas, int findingCount,
      Board board, Icp icp, List<IndicatorView> indicators) {}

  /** The findings of one area, in order. */
  public record Area(String anchor, String name, List<FindingView> findings) {}

  /** One finding. Empty strings stand for what the finding does not have. */
  public record FindingView(String severity, String severityClass, String rule, String message, String quotation,
      String basis, String kind, String path, String location, String waived) {}

  /** The board. */
  public record Board(List<MemberRow> rows, String horizon, int endingSoon) {}

  /** One member or vacancy of the board. {@code termNote} is empty, or says the term ends soon or has ended. */
  public record MemberRow(String name, String role, String post, String nominatedBy, String appointedBy,
      String approvedBy, String termEnd, String termNote) {}

  /** The integrated care partnership. */
  public record Icp(boolean recorded, String name, List<Appointer> bodies) {}

  /** The ICP members one body appointed. */
  public record Appointer(String name, List<String> members) {}

  /** One inequality indicator. */
  public record IndicatorView(String anchor, String name, String limb, String limbText, List<Fact> facts,
      String breakdown, String latestPeriod, List<GroupRow> groups, Chart groupChart, String groupNote,
      List<SiiRow> sii, String siiNote, String core20, String trend, Chart trendChart, List<String> trendColumns,
      List<TrendRow> trendRows) {}

  /** A deprivation group's value. */
  public record GroupRow(String group, String value, String lower, String upper, boolean core20) {}

  /** The SII and RII of one period. */
  public record SiiRow(String period, String sii, String siiLimits, String rii, String riiLimits) {}

  /** One period of the trend table. */
  public record TrendRow(String period, List<String> cells) {}

  /** An inline SVG chart, as shapes; {@code present} is false where there is nothing to draw. */
  public record Chart(boolean present, String id, String title, String description, int width, int height,
      List<Rect> rects, List<Segment> segments, List<Label> labels, List<Polyline> lines) {
    /** A chart that is not drawn. */
    public static Chart none() {
      return new Chart(false, "", "", "", 0, 0, List.of(), List.of(), List.of(), List.of());
    }
  }

  /** A rectangle. */
  public record Rect(String x, String y, String width, String height, String cssClass) {}

  /** A line segment. */
  public record Segment(String x1, String y1, String x2, String y2, String cssClass) {}

  /** A text label. */
  public record Label(String x, String y, String anchor, String text, String cssClass) {}

  /** A polyline with markers at its points. */
  public record Polyline(String points, String cssClass, List<Rect> markers) {}
}
