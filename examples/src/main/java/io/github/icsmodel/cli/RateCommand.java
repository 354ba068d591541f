package io.github.icsmodel.cli;

import static io.github.icsmodel.cli.InequalityCommand.countEstimates;

import io.github.icsmodel.cli.InequalityCommand.Common;
import io.github.icsmodel.cli.InequalityCommand.Multiplier;
import io.github.icsmodel.inequality.Rate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ics inequality rate}. */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description = {
      "Calculates each area's crude rate with its confidence limits.",
      "",
      "The limits are exact Poisson limits below 10 events and Byar's limits from 10, as PHEindicatormethods'"
          + " phe_rate gives them. The CSV has a header and one row per area: area,count,population.",
      ""
    })
final class RateCommand implements Callable<Integer> {
  @CommandLine.Mixin Common common;

  @CommandLine.Mixin Multiplier multiplier;

  @Override
  public Integer call() {
    double perPeople = multiplier.value;
    return countEstimates(common, perPeople,
        (count, levels) -> Rate.of(count.count(), count.population()).withLimits(perPeople, levels));
  }
}
