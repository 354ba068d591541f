package io.github.icsmodel.cli;

import io.github.icsmodel.validation.Rule;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ics explain RULE}: prints a rule, the provision it enforces and how to fix a failure. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Prints a rule, the text of the provision it enforces (verbatim, where the library has it) and"
        + " how to fix a failure.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", description = "the rule id, such as board.chair-count")
  String ruleId;

  @Override
  public Integer call() {
    Rule rule = RulesCommand.everyRule().stream()
        .filter(r -> r.id().toString().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
            "no rule '" + ruleId + "'; did you mean " + nearest() + "? ('ics rules' lists them all)"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + " (" + Formats.kebab(rule.severity()) + ", " + Formats.kebab(rule.scope()) + " scope)");
    out.println();
    out.println(rule.summary());
    out.println();
    out.println("Basis: " + rule.basis().citation() + " (" + rule.kind().label() + ")");
    rule.quotation().ifPresent(text -> {
      out.println();
      text.lines().forEach(line -> out.println("  > " + line));
    });
    if (!rule.remedy().isEmpty()) {
      out.println();
      out.println("To fix: " + rule.remedy());
    }
    out.flush();
    return Ics.OK;
  }

  private String nearest() {
    return RulesCommand.everyRule().stream()
        .map(r -> r.id().toString())
        .min(Comparator.comparingInt(id -> Similarity.distance(id, ruleId)))
        .orElse("board.chair-count");
  }
}
