package io.github.icsmodel.indicatorcsv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.inequality.AgeBandCount;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The age bands of each area, read from a CSV file for directly standardised rates: what
 * {@link IndicatorCsv#readAgeBands} returns.
 */
public final class AgeBands {
  private final String source;
  private final ImmutableMap<String, ImmutableList<AgeBandCount>> byArea;
  private final ImmutableMap<String, ImmutableList<Integer>> lines;

  AgeBands(String source, ImmutableMap<String, ImmutableList<AgeBandCount>> byArea,
      ImmutableMap<String, ImmutableList<Integer>> lines) {
    this.source = source;
    this.byArea = byArea;
    this.lines = lines;
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
   * The age bands of each area, areas in the order they first appear, bands in file order.
   *
   * @return the bands by area
   */
  public Map<String, List<AgeBandCount>> byArea() {
    return ImmutableMap.copyOf(byArea);
  }

  /**
   * The line of the first row of an area.
   *
   * @param area the area
   * @return the 1-based line, or empty if the file has no such area
   */
  public OptionalInt lineOf(String area) {
    Objects.requireNonNull(area, "area");
    List<Integer> areaLines = lines.get(area);
    return areaLines == null ? OptionalInt.empty() : OptionalInt.of(areaLines.get(0));
  }

  /**
   * The line of an area's age band.
   *
   * @param area the area
   * @param ageBand the age band
   * @return the 1-based line, or empty if the file has no such row
   */
  public OptionalInt lineOf(String area, String ageBand) {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(ageBand, "ageBand");
    List<AgeBandCount> bands = byArea.get(area);
    if (bands == null) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).ageBand().equals(ageBand)) {
        return OptionalInt.of(lines.get(area).get(i));
      }
    }
    return OptionalInt.empty();
  }
}
