package io.github.icsmodel.cli;

import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Validator;
import java.util.ArrayList;
import java.util.List;
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
    description = "Lists every validation rule: its id, severity, the provision of law or policy it rests on, the"
        + " day from which it applies (\"-\" where no date is recorded), and what it checks.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() {
    Formats.require(spec, format, OutputFormat.text, OutputFormat.csv, OutputFormat.json);
    Table table = new Table("id", "severity", "basis", "applies from", "summary");
    for (Rule rule : everyRule()) {
      table.row(rule.id(), Formats.kebab(rule.severity()), rule.basis().citation(),
          rule.startDate().map(start -> start.date().toString()).orElse("-"), rule.summary());
    }
    table.print(format, spec.commandLine().getOut());
    return Ics.OK;
  }

  /**
   * Returns every rule the tool knows: the built-in rules (with England's geography, so {@code england.coverage}
   * too), the reference-data rules, the rules of any other {@link io.github.icsmodel.validation.RuleProvider} on
   * the class path, and the engine's waiver rules.
   *
   * @return the rules, built-in first
   */
  static List<Rule> everyRule() {
    RuleSet withReference = io.github.icsmodel.reference.EnglandReferenceRules.ruleSet(java.time.LocalDate.now());
    List<Rule> rules = new ArrayList<>(withReference.plus(RuleSet.discovered()
        .filter(rule -> withReference.find(rule.id()).isEmpty())).rules());
    rules.addAll(Validator.waiverRules());
    return rules;
  }
}
