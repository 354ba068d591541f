package io.github.icsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue in {@code docs/rules.md} is generated from the code. The serialization module's
 * {@code RuleCatalogueDocsTest} compares the file with the catalogue (adding that module's reference-data checks)
 * and regenerates it with {@code -Dics.updateDocs=true}; this test checks the rendering and that the file lists
 * every built-in rule.
 */
class RuleCatalogueTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "rules.md");

  /**
   * The file itself is compared, and regenerated, by the serialization module's {@code RuleCatalogueDocsTest},
   * which adds the reference-data checks that module supplies; here each built-in rule is found in it.
   */
  @Test
  void docs_rules_md_lists_every_built_in_rule_and_keeps_the_law_review_tables() throws IOException {
    if (!Files.exists(CATALOGUE)) {
      fail("docs/rules.md is missing; generate it with: " + RuleCatalogue.REGENERATE);
    }
    String existing = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
    for (Rule rule : RuleSet.all().rules()) {
      assertThat(existing).as("regenerate with " + RuleCatalogue.REGENERATE).contains("### `" + rule.id() + "`");
    }
    assertThat(existing).contains(RuleCatalogue.HAND_WRITTEN_BELOW,
        "## The law review of 7 December 2026: item by item", "## The law review of December 2026: item by item");
  }

  @Test
  void the_catalogue_lists_every_built_in_rule_and_waiver_rule_with_its_basis() {
    String catalogue = RuleCatalogue.builtIn();

    for (Rule rule : RuleSet.all().plus(RuleSet.of(Validator.waiverRules())).rules()) {
      assertThat(catalogue).contains("### `" + rule.id() + "`", rule.summary(), rule.basis().citation());
      rule.quotation().ifPresent(quotation -> assertThat(catalogue).contains("> " + quotation));
    }
    assertThat(catalogue).contains("## Pending changes to the law", "### Health Bill (Session 2026–27)", "not law",
        "- **Applies from:** 2023-04-01 (", "S.I. 2022/734 reg 33");
    assertThat(catalogue).contains(RuleCatalogue.REGENERATE, "## Statutory rules", "## Integrity checks",
        "## Policy rules and advice", "## What the rules check, and what they cannot see", "`england.coverage`",
        "## Rules the validator applies to waivers");
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
