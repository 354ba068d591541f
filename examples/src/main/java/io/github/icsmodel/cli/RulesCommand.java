package io.github.icsmodel.cli;

import io.github.icsmodel.validation.Rule;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ics rules}: lists every validation rule with its id, severity, basis, the day from which it applies (its
 * start date: commencement of the provision or publication of the guidance; "-" where none is recorded) and summary.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every validation rule, with its severity, basis and start date.",
      "",
      "For each rule: its id, its severity, the provision of law or policy it rests on, the day from which it"
          + " applies (\"-\" where no date is recorded), and what it checks."
    })
final class RulesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "list the rules England has on this date, as 'ics validate --as-of' uses them (default: today"
          + " in England)")
  LocalDate asOf;

  @Override
  public Integer call() {
    Options.require(spec, format, OutputFormat.text, OutputFormat.csv, OutputFormat.json);
    LocalDate date = Today.orToday(asOf);
    Table table = new Table("id", "severity", "basis", "applies from", "summary");
    for (Rule rule : KnownRules.listed(date)) {
      table.row(rule.id(), Options.kebab(rule.severity()), rule.basis().citation(),
          rule.startDate().map(start -> start.date().toString()).orElse("-"), rule.summary());
    }
    table.printAsOf("Rules", date, "", format, spec.commandLine().getOut(), Terminal.width(spec));
    return Ics.OK;
  }
}
