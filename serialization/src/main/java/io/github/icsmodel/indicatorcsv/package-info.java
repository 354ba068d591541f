/**
 * Reading the inputs of the public-health statistical methods of {@link io.github.icsmodel.inequality} from CSV files,
 * in the layouts analysts keep them: one row per area and deprivation quantile for the slope index of inequality
 * ({@link io.github.icsmodel.indicatorcsv.IndicatorCsv#readSii}), one row per area for proportions and crude rates
 * ({@link io.github.icsmodel.indicatorcsv.IndicatorCsv#readCounts}), one row per area and age band for directly
 * standardised rates ({@link io.github.icsmodel.indicatorcsv.IndicatorCsv#readAgeBands}).
 *
 * <p>Each row read ({@link io.github.icsmodel.indicatorcsv.AreaCount},
 * {@link io.github.icsmodel.indicatorcsv.SiiRows}, {@link io.github.icsmodel.indicatorcsv.AgeBands}) keeps its line,
 * and goes to the method of {@code io.github.icsmodel.inequality} that calculates from it:
 *
 * <pre>{@code
 * List<AreaCount> counts = IndicatorCsv.readCounts(
 *     new StringReader("area,count,population\nNorth,30,200\nSouth,12,150\n"), "screening.csv");
 * AreaCount north = counts.get(0); // area North, count 30, population 200, line 2
 * Estimate percent = Proportion.of(north.count(), north.population())
 *     .withWilsonLimits(100, ConfidenceLevel.PERCENT_95); // 15.0, limits about 10.7 to 20.6
 * }</pre>
 *
 * <p>Files are UTF-8 (a byte order mark is skipped), with a header row naming the columns in any order and standard
 * CSV quoting; columns the layout does not use are ignored, and so are blank lines. A problem is reported as an
 * {@link io.github.icsmodel.indicatorcsv.IndicatorCsvException} naming the file, the line, the column and, where the
 * row names them, the area and quantile or age band. What the methods themselves reject (a proportion above 1, too few
 * quantiles) is reported by them, and {@link io.github.icsmodel.indicatorcsv.SiiRows#calculate} adds the file and
 * line. The {@code ics inequality} commands read their {@code --input} with this package.
 *
 * <p>All types here are immutable and thread-safe; no method accepts or returns null.
 */
@IcsStyle
package io.github.icsmodel.indicatorcsv;

import io.github.icsmodel.IcsStyle;
