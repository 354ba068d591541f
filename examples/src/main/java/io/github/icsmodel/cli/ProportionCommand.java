package io.github.icsmodel.cli;

import static io.github.icsmodel.cli.InequalityCommand.countEstimates;

import io.github.icsmodel.cli.InequalityCommand.Common;
import io.github.icsmodel.inequality.Proportion;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ics inequality proportion}. */
@Command(
    name = "proportion",
    mixinStandardHelpOptions = true,
    description = {
      "Calculates each area's proportion with Wilson score limits.",
      "",
      "It follows PHEindicatormethods' phe_proportion. The CSV has a header and one row per area:"
          + " area,count,population.",
      ""
    })
final class ProportionCommand implements Callable<Integer> {
  @CommandLine.Mixin Common common;

  @Option(names = "--multiplier", defaultValue = "1", paramLabel = "N",
      description = "multiplies the value and limits: 100 for a percentage (default: ${DEFAULT-VALUE})")
  double multiplier;

  @Override
  public Integer call() {
    return countEstimates(common, multiplier,
        (count, levels) -> Proportion.of(count.count(), count.population()).withWilsonLimits(multiplier, levels));
  }
}
