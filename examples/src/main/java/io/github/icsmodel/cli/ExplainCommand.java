package io.github.icsmodel.cli;

import io.github.icsmodel.textio.Suggestions;
import io.github.icsmodel.validation.Rule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ics explain RULE}: prints a rule, the provision it enforces and how to fix a failure. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains a rule: the provision it enforces and how to fix a failure.",
      "",
      "The provision is quoted verbatim where the library has its text."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", description = "the rule id, such as board.chair-count")
  String ruleId;

  @CommandLine.Option(names = "--as-of", paramLabel = "DATE",
      description = "explain the rule as England has it on this date (default: today in England)")
  LocalDate asOf;

  @Override
  public Integer call() {
    LocalDate date = Today.orToday(asOf);
    List<Rule> known = KnownRules.listed(date);
    Rule rule = KnownRules.find(known, ruleId)
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
            "no rule '" + ruleId + "'" + nearest(known) + " ('ics rules' lists them all)"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + " (" + Options.kebab(rule.severity()) + ", " + Options.kebab(rule.scope()) + " scope)"
        + " as of " + date);
    out.println();
    out.println(rule.summary());
    out.println();
    out.println("Basis: " + rule.basis().citation() + " (" + rule.kind().label() + ")");
    out.println("Applies from: " + io.github.icsmodel.validation.RuleCatalogue.appliesFrom(rule));
    rule.quotation().ifPresent(text -> {
      out.println();
      text.lines().forEach(line -> out.println("  > " + line));
    });
    if (!rule.remedy().isEmpty()) {
      out.println();
      out.println("To fix: " + rule.remedy());
    }
    Fragments.forRule(rule.id().toString()).ifPresent(fragment -> {
      out.println();
      out.println("Example: " + fragment.where() + " (replace the example names, dates and ids with your own):");
      fragment.note.ifPresent(note -> out.println(note));
      out.println();
      fragment.text().lines().forEach(line -> out.println("  " + line));
    });
    out.flush();
    return Ics.OK;
  }

  private String nearest(List<Rule> known) {
    List<String> ids = known.stream().map(r -> r.id().toString()).collect(Collectors.toList());
    List<String> close = Suggestions.close(ruleId, ids);
    if (close.isEmpty()) {
      return "";
    }
    return close.size() == 1 ? "; did you mean " + close.get(0) + "?" : "; did you mean one of " + String.join(", ", close) + "?";
  }
}
