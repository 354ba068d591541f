package io.github.icsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rendering of the rule catalogue. The repository's {@code docs/rules.md} is generated from the registry of every
 * rule England has, and compared with the file, by the serialization module's {@code RuleCatalogueDocsTest}.
 */
class RuleCatalogueTest {
  @Test
  void renders_every_built_in_rule_and_the_waiver_rules_last_with_their_basis() {
    RuleSet rules = RuleSet.all().plus(RuleSet.of(Validator.waiverRules()));

    String catalogue = RuleCatalogue.toMarkdown(rules);

    for (Rule rule : rules.rules()) {
      assertThat(catalogue).contains("### `" + rule.id() + "`", rule.summary(), rule.basis().citation());
      rule.quotation().ifPresent(quotation -> assertThat(catalogue).contains("> " + quotation));
    }
    assertThat(catalogue).contains("- **Applies from:** 2023-04-01 (", "S.I. 2022/734 reg 33", "## Statutory rules",
        "## Integrity checks", "## Policy rules and advice", ", and 4 rules the validator applies to waivers.");
    assertThat(catalogue.indexOf("## Rules the validator applies to waivers"))
        .isGreaterThan(catalogue.indexOf("## Policy rules and advice"));
    assertThat(catalogue.substring(catalogue.indexOf("## Rules the validator applies to waivers")))
        .contains("### `waiver.expired`").doesNotContain("### `board.");
  }

  @Test
  void renders_a_users_own_rule_set() {
    Rule mine = new TestRules.Lambda("local.my-rule", Severity.WARNING, Scope.NATIONAL, date -> true, c -> {});

    String markdown = RuleCatalogue.toMarkdown(RuleSet.of(mine));

    assertThat(markdown).startsWith("# Validation rules\n\n0 statutory rules (ERROR: the law), 1 policy rule")
        .contains("| [`local.my-rule`](#localmy-rule) | WARNING | "
            + TestRules.POLICY.citation() + " | — | Summary of local.my-rule |")
        .contains("- **Scope:** national", "(policy, not law)", "- **Remedy:** Remedy of local.my-rule",
            "- **Applies from:** no start date recorded")
        .doesNotContain("## Statutory rules", "waiver");
    assertThat(RuleCatalogue.toMarkdown(RuleSet.of(reportingLaw()))).contains("1 statutory rule ", "(law)",
        "| 2022-07-01 |", "- **Applies from:** 2022-07-01 (Schedule 1B (inserted by HCA 2022 Sch. 2)",
        "- **Scope:** each system", "## Statutory rules").doesNotContain("## Policy rules");
  }

  @Test
  void escapes_table_cells() {
    Rule piped = new AbstractRule("local.piped", Severity.WARNING, TestRules.POLICY, "Either | or", "", null) {
      @Override
      public void check(RuleContext context) {}
    };

    assertThat(RuleCatalogue.toMarkdown(RuleSet.of(piped))).contains("| Either \\| or |")
        .doesNotContain("**Remedy:**");
  }

  private static Rule reportingLaw() {
    return TestRules.reporting("local.law", Severity.ERROR);
  }
}
