package io.github.icsmodel.cli;

import static io.github.icsmodel.cli.InequalityCommand.atRow;
import static io.github.icsmodel.cli.InequalityCommand.positive;
import static io.github.icsmodel.cli.InequalityCommand.printEstimates;

import io.github.icsmodel.cli.InequalityCommand.Common;
import io.github.icsmodel.cli.InequalityCommand.Multiplier;
import io.github.icsmodel.indicatorcsv.AgeBands;
import io.github.icsmodel.indicatorcsv.IndicatorCsv;
import io.github.icsmodel.inequality.AgeBandCount;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.DirectlyStandardisedRate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ics inequality dsr}. */
@Command(
    name = "dsr",
    mixinStandardHelpOptions = true,
    description = {
      "Calculates each area's directly standardised rate with Dobson limits.",
      "",
      "It follows PHEindicatormethods' calculate_dsr. The CSV has a header and one row per area and age band:",
      "  area,age_band,count,population,standard_population",
      "Without standard_population each area needs the 19 bands of the European Standard Population 2013 in"
          + " order; an empty count is no events. Areas with fewer than 10 events have no rate (NA).",
      ""
    })
final class DsrCommand implements Callable<Integer> {
  @CommandLine.Mixin Common common;

  @CommandLine.Mixin Multiplier multiplier;

  @Override
  public Integer call() {
    common.requireFormat();
    List<ConfidenceLevel> levels = common.levels();
    double perPeople = positive(common, multiplier.value);
    AgeBands bands = common.read(IndicatorCsv::readAgeBands);
    List<DirectlyStandardisedRate> rates = new ArrayList<>();
    for (Map.Entry<String, List<AgeBandCount>> area : bands.byArea().entrySet()) {
      rates.add(atRow(bands.source(), bands.lineOf(area.getKey()).orElse(0), area.getKey(),
          null, () -> DirectlyStandardisedRate.of(area.getValue(), perPeople,
              levels.toArray(ConfidenceLevel[]::new))));
    }
    List<String> areas = List.copyOf(bands.byArea().keySet());
    printEstimates(List.of("area", "total_count", "total_population"), levels, common.format, common.out(),
        areas.size(), i -> List.of(areas.get(i), rates.get(i).totalCount(), rates.get(i).totalPopulation()),
        i -> rates.get(i).estimate().orElse(null));
    return Ics.OK;
  }
}
