package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the code: the built-in rules, the waiver rules and this module's
 * reference-data checks, so that it lists every rule {@code ics rules} lists (law review of 7 December 2026, item
 * C-X2). This test regenerates the catalogue in memory and fails if the file differs; run it with
 * {@code -Dics.updateDocs=true} to write the file instead. The hand-written part below the marker is kept.
 */
class RuleCatalogueDocsTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "rules.md");

  /** The reference-data checks: the rules of this module's rule set that the core module does not have. */
  static List<Rule> dataChecks() {
    return EnglandReferenceRules.ruleSet(LocalDate.of(2026, 4, 1)).rules().stream()
        .filter(rule -> rule.id().namespace().equals("reference")).collect(Collectors.toList());
  }

  @Test
  void docs_rules_md_is_up_to_date() throws IOException {
    String generated = RuleCatalogue.builtIn(dataChecks());
    String existing = Files.exists(CATALOGUE) ? Files.readString(CATALOGUE, StandardCharsets.UTF_8) : "";
    int marker = existing.indexOf(RuleCatalogue.HAND_WRITTEN_BELOW);
    String handWritten =
        marker < 0 ? "" : existing.substring(marker + RuleCatalogue.HAND_WRITTEN_BELOW.length() + 1);
    if (Boolean.getBoolean("ics.updateDocs")) {
      Files.writeString(CATALOGUE, generated + handWritten, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(CATALOGUE)) {
      fail("docs/rules.md is missing; generate it with: " + RuleCatalogue.REGENERATE);
    }
    String written = existing.substring(0, marker < 0 ? existing.length() : marker
        + RuleCatalogue.HAND_WRITTEN_BELOW.length() + 1);
    if (!written.equals(generated)) {
      fail("docs/rules.md is out of date with the rules in the code; regenerate it with: "
          + RuleCatalogue.REGENERATE);
    }
  }

  @Test
  void the_catalogue_lists_the_reference_data_checks() {
    assertThat(dataChecks()).extracting(rule -> rule.id().toString())
        .containsExactlyInAnyOrder("reference.icb-footprint", "reference.icb-identity");
    assertThat(RuleCatalogue.builtIn(dataChecks())).contains("### `reference.icb-footprint`",
        "### `reference.icb-identity`");
  }
}
