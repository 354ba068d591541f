package io.github.icsmodel.cli;

import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.PurposeWordingSource;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ics purposes}: prints the four core purposes of an integrated care system. */
@Command(
    name = "purposes",
    mixinStandardHelpOptions = true,
    description = "Prints the four core purposes of an ICS in NHS England's wording.")
final class PurposesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() {
    Options.require(spec, format, OutputFormat.text, OutputFormat.csv, OutputFormat.json);
    Table table = new Table("number", "name", "source", "wording");
    for (CorePurpose purpose : CorePurpose.values()) {
      for (PurposeWordingSource source : PurposeWordingSource.values()) {
        table.row(purpose.number(), purpose.jsonName(), source.jsonName(), purpose.wording(source));
      }
    }
    table.print(format, spec.commandLine().getOut(), Terminal.width(spec));
    return Ics.OK;
  }
}
