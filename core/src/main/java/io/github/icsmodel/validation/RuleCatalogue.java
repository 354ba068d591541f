package io.github.icsmodel.validation;

import io.github.icsmodel.law.PendingChange;
import io.github.icsmodel.law.StartDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule catalogue: every rule of a set rendered as Markdown (id, severity, basis, summary, remedy and the
 * provision quoted), generated from the rules themselves so that the documentation cannot drift from the code.
 * The repository's {@code docs/rules.md} is {@link #builtIn()}.
 */
public final class RuleCatalogue {
  /**
   * The line that ends the generated part of {@code docs/rules.md}: what follows it is written by hand (the table
   * from the law review's items to their outcomes, and the law not covered) and regeneration keeps it.
   */
  public static final String HAND_WRITTEN_BELOW =
      "<!-- Hand-written below this line: regenerating the catalogue keeps everything after it. -->";

  private RuleCatalogue() {}

  /**
   * Renders the catalogue of the built-in rules ({@link RuleSet#all()}) and of the validator's rules for waivers
   * ({@link Validator#waiverRules()}).
   *
   * @return the Markdown text
   */
  public static String builtIn() {
    return builtIn(List.of());
  }

  /** The command that regenerates {@code docs/rules.md}: the serialization module supplies the data checks. */
  public static final String REGENERATE = "./mvnw -q -pl serialization -am test -Dtest=RuleCatalogueDocsTest"
      + " -Dics.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false";

  /**
   * Renders the catalogue of the built-in rules, the validator's rules for waivers and some data checks supplied by
   * another module, such as the serialization module's reference-data checks ({@code reference.icb-footprint},
   * {@code reference.icb-identity}), so that the catalogue lists every rule {@code ics rules} lists.
   *
   * @param dataChecks the further rules, listed with the policy rules and advice by their kind
   * @return the Markdown text
   */
  public static String builtIn(java.util.Collection<? extends Rule> dataChecks) {
    Objects.requireNonNull(dataChecks, "dataChecks");
    StringBuilder text = new StringBuilder();
    text.append("# Validation rules\n\n")
        .append("<!-- Generated from the code by io.github.icsmodel.validation.RuleCatalogue: do not edit by hand.\n")
        .append("     Regenerate with: ").append(REGENERATE).append(" -->\n\n");
    // england.coverage needs England's districts, which the serialization module supplies; it is listed here with
    // an empty list, which changes its findings but not its id, severity, basis or text.
    RuleSet rules = RuleSet.all().plus(RuleSet.of(
        io.github.icsmodel.validation.england.EnglandRules.rules(java.util.Set.of())).filter(
            rule -> rule.id().toString().equals("england.coverage")))
        .plus(RuleSet.of(new ArrayList<Rule>(dataChecks)));
    render(text, rules, Validator.waiverRules());
    text.append("\n## Pending changes to the law\n\n")
        .append("Recorded so that users can see what is coming; no rule applies them, and none will until they are law"
            + " and in force.\n");
    for (PendingChange change : PendingChange.all()) {
      text.append("\n### ").append(change.title()).append("\n\n")
          .append("- **Introduced:** ").append(change.introducedOn()).append('\n')
          .append("- **Effect:** ").append(change.effect()).append('\n')
          .append("- **Status:** ").append(change.status()).append('\n')
          .append("- **Sources:** ").append(String.join(" ; ", change.sources())).append('\n');
    }
    text.append('\n').append(Coverage.builtIn().toMarkdown()).append('\n').append(HAND_WRITTEN_BELOW).append('\n');
    return text.toString();
  }

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
   * Renders the catalogue of a set of rules, such as a user's own.
   *
   * @param rules the rules
   * @return the Markdown text
   */
  public static String toMarkdown(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    StringBuilder text = new StringBuilder("# Validation rules\n\n");
    render(text, rules, List.of());
    return text.toString();
  }

  private static void render(StringBuilder text, RuleSet rules, List<Rule> engine) {
    List<Rule> statutory = new ArrayList<>();
    List<Rule> integrity = new ArrayList<>();
    List<Rule> policy = new ArrayList<>();
    for (Rule rule : rules.rules()) {
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
