package io.github.icsmodel.validation;

import io.github.icsmodel.law.StartDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule catalogue: every rule of a set rendered as Markdown (id, severity, basis, summary, remedy and the
 * provision quoted), generated from the rules themselves so that the documentation cannot drift from the code.
 * The repository's {@code docs/rules.md} is this catalogue of every rule England has
 * ({@code EnglandReferenceRules.catalogue(asOf)} in the {@code ics-serialization} module), written by the build.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * Describes from when a rule applies, for people: its start date and where that date comes from, or that none is
   * recorded.
   *
   * @param rule the rule
   * @return such as "2022-07-01 (S.I. 2022/734 Schedule: HCA 2022 s.25 in force 1 July 2022)"
   */
  public static String appliesFrom(Rule rule) {
    return rule.startDate().map(StartDate::toString).orElse(NO_START_DATE);
  }

  /** What {@link #appliesFrom(Rule)} says of a rule with no start date. */
  static final String NO_START_DATE =
      "no start date recorded (the date is UNCONFIRMED or not needed); applies whenever its subject exists";

  /**
   * Renders the catalogue of a set of rules, such as a user's own. The validator's rules for waivers (the
   * {@code waiver} namespace, {@link Validator#waiverRules()}), where the set holds them, are listed last in a
   * section of their own.
   *
   * @param rules the rules
   * @return the Markdown text
   */
  public static String toMarkdown(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    StringBuilder text = new StringBuilder("# Validation rules\n\n");
    render(text, rules);
    return text.toString();
  }

  private static void render(StringBuilder text, RuleSet rules) {
    List<Rule> statutory = new ArrayList<>();
    List<Rule> integrity = new ArrayList<>();
    List<Rule> policy = new ArrayList<>();
    List<Rule> engine = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (rule.id().namespace().equals(WaiverRules.NAMESPACE)) {
        engine.add(rule);
        continue;
      }
      switch (rule.kind()) {
        case LAW:
          statutory.add(rule);
          break;
        case INTEGRITY:
          integrity.add(rule);
          break;
        default:
          policy.add(rule);
      }
    }
    text.append(statutory.size()).append(" statutory ").append(statutory.size() == 1 ? "rule" : "rules")
        .append(" (ERROR: the law), ");
    if (!integrity.isEmpty()) {
      text.append(integrity.size()).append(" integrity ").append(integrity.size() == 1 ? "check" : "checks")
          .append(" (ERROR: the configuration itself, not law), ");
    }
    text.append(policy.size()).append(" policy ").append(policy.size() == 1 ? "rule" : "rules")
        .append(" (WARNING: NHS England policy, or a requirement of the law that the configuration does not show met"
            + " because a fact it turns on is not recorded; INFORMATION: advice)");
    if (!engine.isEmpty()) {
      text.append(", and ").append(engine.size()).append(" rules the validator applies to waivers");
    }
    text.append(".\n\nA rule applies from its start date: the commencement of the provision it enforces, or the publication"
        + " of the guidance (after the transition period the guidance gives), where the library records the date."
        + " A system rule about an ICB checks it only while the ICB exists (from its establishment, 1 July 2022 at"
        + " the earliest, to its dissolution).\n\n| Rule | Severity | Basis | Applies from | Summary |\n"
        + "|---|---|---|---|---|\n");
    for (List<Rule> group : List.of(statutory, integrity, policy, engine)) {
      for (Rule rule : group) {
        text.append("| [`").append(rule.id()).append("`](#").append(anchor(rule.id())).append(") | ")
            .append(rule.severity()).append(" | ").append(cell(rule.basis().citation())).append(" | ")
            .append(rule.startDate().map(start -> start.date().toString()).orElse("—")).append(" | ")
            .append(cell(rule.summary())).append(" |\n");
      }
    }
    section(text, "Statutory rules", statutory);
    section(text, "Integrity checks", integrity);
    section(text, "Policy rules and advice", policy);
    section(text, "Rules the validator applies to waivers", engine);
  }

  private static void section(StringBuilder text, String title, List<Rule> rules) {
    if (rules.isEmpty()) {
      return;
    }
    text.append("\n## ").append(title).append('\n');
    for (Rule rule : rules) {
      text.append("\n### `").append(rule.id()).append("`\n\n")
          .append(rule.summary()).append(".\n\n")
          .append("- **Severity:** ").append(rule.severity()).append('\n')
          .append("- **Basis:** ").append(rule.basis().citation())
          .append(" (").append(rule.kind().label()).append(")").append('\n')
          .append("- **Scope:** ").append(rule.scope() == Scope.SYSTEM ? "each system" : "national").append('\n')
          .append("- **Applies from:** ").append(appliesFrom(rule)).append('\n');
      if (!rule.remedy().isEmpty()) {
        text.append("- **Remedy:** ").append(rule.remedy()).append('\n');
      }
      rule.quotation().ifPresent(quotation -> text.append("\n> ").append(quotation).append('\n'));
    }
  }

  /** The anchor GitHub gives the heading {@code `id`}: lower case, with the dots dropped. */
  private static String anchor(RuleId id) {
    return id.toString().replace(".", "");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
