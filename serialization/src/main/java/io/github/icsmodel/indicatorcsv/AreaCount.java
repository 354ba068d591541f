package io.github.icsmodel.indicatorcsv;

import java.util.Objects;

/**
 * One row of a CSV file of counts: an area, the count (the numerator of a proportion, the events of a rate) and the
 * population (the denominator), with the line it came from.
 */
public final class AreaCount {
  private final String area;
  private final double count;
  private final double population;
  private final int line;

  AreaCount(String area, double count, double population, int line) {
    this.area = Objects.requireNonNull(area, "area");
    this.count = count;
    this.population = population;
    this.line = line;
  }

  /**
   * The area.
   *
   * @return the area
   */
  public String area() {
    return area;
  }

  /**
   * The count: people with the attribute, or events.
   *
   * @return the count
   */
  public double count() {
    return count;
  }

  /**
   * The population: the denominator.
   *
   * @return the population
   */
  public double population() {
    return population;
  }

  /**
   * The 1-based line of the file the row came from.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AreaCount && ((AreaCount) obj).area.equals(area)
        && Double.compare(((AreaCount) obj).count, count) == 0
        && Double.compare(((AreaCount) obj).population, population) == 0 && ((AreaCount) obj).line == line;
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, count, population, line);
  }

  @Override
  public String toString() {
    return area + ": " + count + "/" + population + " (line " + line + ")";
  }
}
