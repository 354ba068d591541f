package io.github.icsmodel.duty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Validator;
import io.github.icsmodel.validation.england.EnglandRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text the duty catalogue holds, every limb and every rule's quotation appears verbatim in the excerpts of
 * statute and guidance recorded in this repository ({@code law/notes-excerpts.md}, each excerpt headed by the Act
 * and provision or the document it comes from), after normalising whitespace, quote marks and Markdown markers.
 * Texts from a primary source held there only in part appear instead in the recorded excerpts of that source
 * ({@code law/L1-excerpts.md}), and only for duties whose notes name it. The test reads nothing outside the
 * repository.
 */
class VerbatimQuotationsTest {
  /** The note that names the recorded primary source of a text held only in part in {@code notes-excerpts.md}. */
  private static final String L1_SOURCE =
      "Text from the Health and Care Act 2022 (c. 31), revised text (https://www.legislation.gov.uk/ukpga/2022/31),"
          + " as mirrored in legalize-dev/legalize-uk uk/ukpga-2022-31.md @ 09ea8d697e6f451beccfe7569a76e7d57169c2c5.";

  private static String notes;
  private static String excerpts;

  @BeforeAll
  static void read() throws IOException {
    notes = resource("/law/notes-excerpts.md");
    excerpts = resource("/law/L1-excerpts.md");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = VerbatimQuotationsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Joins lines, drops Markdown quote and list markers and emphasis, straightens quotes, collapses spaces. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String stripped = line.strip();
      while (stripped.startsWith(">") || stripped.startsWith("* ") || stripped.startsWith("- ")) {
        stripped = stripped.substring(stripped.startsWith(">") ? 1 : 2).strip();
      }
      out.append(stripped).append(' ');
    }
    return out.toString().replace("**", "").replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'')
        .replace('\u2019', '\'').replaceAll("\\s+", " ");
  }

  /** The pieces of a quotation to look for: each line, split at ellipses and at bracketed editorial words. */
  private static List<String> pieces(String quotation) {
    List<String> pieces = new ArrayList<>();
    for (String line : quotation.split("\n")) {
      for (String piece : line.split("\\[[^\\]]*\\]|…|\\.\\.\\.")) {
        String normal = normalise(piece).strip();
        if (normal.endsWith("\".")) {
          normal = normal.substring(0, normal.length() - 1); // the quoting sentence's own full stop
        }
        if (normal.length() > 3) {
          pieces.add(normal);
        }
      }
    }
    return pieces;
  }

  private static boolean inNotes(String quotation) {
    return pieces(quotation).stream().allMatch(notes::contains);
  }

  private static boolean inExcerpts(String quotation) {
    return pieces(quotation).stream().allMatch(excerpts::contains);
  }

  @Test
  void every_duty_text_and_limb_is_verbatim_in_the_notes_or_in_the_recorded_primary_source() {
    List<String> missing = new ArrayList<>();
    for (StatutoryDuty duty : DutyCatalogue.builtIn().all()) {
      boolean fromL1 = duty.notes().contains(L1_SOURCE);
      List<String> texts = new ArrayList<>();
      duty.text().ifPresent(texts::add);
      duty.limbs().forEach(limb -> texts.add(limb.text()));
      for (String text : texts) {
        for (String piece : pieces(text)) {
          boolean found = notes.contains(piece) || (fromL1 && excerpts.contains(piece));
          if (!found) {
            missing.add(duty.id() + ": " + piece);
          }
        }
      }
    }
    assertThat(missing).as("texts not found verbatim").isEmpty();
  }

  @Test
  void every_rule_quotation_is_verbatim_in_the_notes() {
    List<Rule> rules = new ArrayList<>(RuleSet.all().rules());
    rules.addAll(EnglandRules.rules(Set.of()));
    rules.addAll(Validator.waiverRules());
    List<String> missing = new ArrayList<>();
    for (Rule rule : rules) {
      rule.quotation().ifPresent(quotation -> {
        for (String piece : pieces(quotation)) {
          if (!notes.contains(piece) && !excerpts.contains(piece)) {
            missing.add(rule.id() + ": " + piece);
          }
        }
      });
    }
    assertThat(missing).as("rule quotations not found verbatim").isEmpty();
  }

  /** Every verbatim text the duty catalogue holds, duties and limbs, normalised as the excerpts are. */
  private static String dutyData() {
    StringBuilder data = new StringBuilder();
    for (StatutoryDuty duty : DutyCatalogue.builtIn().all()) {
      duty.text().ifPresent(text -> data.append(normalise(text)).append(" | "));
      // a text held for one subsection, such as s.72(1), is also quoted led by its number
      duty.text().filter(text -> !duty.provision().subdivisionText().isEmpty())
          .ifPresent(text -> data.append(normalise(duty.provision().subdivisionText() + " " + text)).append(" | "));
      duty.limbs().forEach(limb -> data.append(normalise(limb.text())).append(" | "));
    }
    return data.toString();
  }

  /**
   * Rules whose quotations the duty catalogue does not hold, each with the reason; their quotations must then be in
   * the recorded excerpts (checked by the test above).
   */
  private static final Map<String, String> NOT_FROM_THE_CATALOGUE = Map.ofEntries(
      Map.entry("board.appointed-before-establishment", "NHS Act 2006 s.14Z25, which the duty catalogue does not hold (it confers no duty on a board)"),
      Map.entry("board.chair-independent", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("board.disqualified", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("board.executive-finance", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("board.executive-medical", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("board.executive-nursing", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("board.independence-unassessed", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("board.mental-health-expertise", "Sch. 1B para 8(6), which the catalogue does not hold (it holds para 8(1) only)"),
      Map.entry("board.non-executive-count", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("board.partner-member-joint-nomination", "Sch. 1B para 8(2), quoted without its number; the catalogue holds para 8(1) only"),
      Map.entry("board.partner-member-local-authorities", "Sch. 1B para 8(2), quoted without its number; the catalogue holds para 8(1) only"),
      Map.entry("board.partner-member-nomination-unrecorded", "Sch. 1B para 8(2), quoted without its number; the catalogue holds para 8(1) only"),
      Map.entry("board.partner-member-primary-medical-services", "Sch. 1B para 8(2), quoted without its number; the catalogue holds para 8(1) only"),
      Map.entry("board.partner-member-trust-area-unrecorded", "Sch. 1B para 8(2), quoted without its number; the catalogue holds para 8(1) only"),
      Map.entry("board.partner-member-trusts", "Sch. 1B para 8(2), quoted without its number; the catalogue holds para 8(1) only"),
      Map.entry("board.senior-non-executive", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("england.coverage", "NHS Act 2006 s.14Z25, which the duty catalogue does not hold (it confers no duty on a board)"),
      Map.entry("england.no-overlap", "NHS Act 2006 s.14Z25, which the duty catalogue does not hold (it confers no duty on a board)"),
      Map.entry("icb.dissolved", "NHS Act 2006 s.14Z25, which the duty catalogue does not hold (it confers no duty on a board)"),
      Map.entry("icb.not-yet-established", "NHS Act 2006 s.14Z25, which the duty catalogue does not hold (it confers no duty on a board)"),
      Map.entry("inequality.breakdowns", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("inequality.target-date-passed", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("purpose.each-purpose-has-objective", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("purpose.inequalities-measurable", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("structure.acute-mental-health-in-collaborative", "NHS England guidance, not statute: in law/notes-excerpts.md"),
      Map.entry("structure.places-within-footprint", "NHS England guidance, not statute: in law/notes-excerpts.md"));

  @Test
  void every_rule_quotation_of_statute_the_catalogue_holds_is_taken_from_it() {
    String data = dutyData();
    List<Rule> rules = new ArrayList<>(RuleSet.all().rules());
    rules.addAll(EnglandRules.rules(Set.of()));
    rules.addAll(Validator.waiverRules());
    Map<String, String> outside = new TreeMap<>();
    for (Rule rule : rules) {
      rule.quotation().ifPresent(quotation -> {
        List<String> missing = pieces(quotation).stream().filter(piece -> !data.contains(piece))
            .collect(Collectors.toList());
        if (!missing.isEmpty()) {
          outside.put(rule.id().toString(), missing.get(0));
        }
      });
    }
    assertThat(outside.keySet()).as("rules quoting text the duty catalogue does not hold: %s", outside)
        .containsExactlyInAnyOrderElementsOf(NOT_FROM_THE_CATALOGUE.keySet());
  }

  @Test
  void the_check_can_fail() {
    assertThat(inNotes("Each integrated care board must, in the exercise of its functions, have regard to the need"
        + " to—")).isTrue();
    assertThat(inNotes("Each integrated care board must achieve a reduction in inequalities within 12 months."))
        .isFalse();
    assertThat(inExcerpts("(14Z29) Each integrated care board must publish its constitution")).isTrue();
  }
}
