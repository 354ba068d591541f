package io.github.icsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.fixtures.CompliantSystem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static List<String> notChecked(Coverage coverage) {
    return coverage.notChecked().stream().map(n -> n.duty().id().toString()).toList();
  }

  @Test
  void the_built_in_rules_check_the_board_and_plan_provisions_and_say_which_duties_they_cannot_see() {
    Coverage coverage = Coverage.builtIn();

    assertThat(coverage.isKnown()).isTrue();
    assertThat(coverage.checked()).contains(LegalReference.section(Act.NHS_ACT_2006, "14Z29"),
        LegalReference.section(Act.NHS_ACT_2006, "14Z52"), LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B",
            "8"));
    assertThat(coverage.advisedOn()).contains(LegalReference.section(Act.NHS_ACT_2006, "14Z35"));
    assertThat(notChecked(coverage)).contains("nhsa2006:3", "nhsa2006:14Z61", "nhsa2006:14Z35", "nhsa2006:14Z43",
        "nhsa2006:sch1B.13", "hsca2012:194").doesNotContain("nhsa2006:14Z29", "nhsa2006:14Z52");
    assertThat(coverage.notChecked()).filteredOn(n -> n.duty().id().toString().equals("nhsa2006:14Z35"))
        .singleElement().satisfies(n -> assertThat(n.reason()).startsWith("Only advice is given on it"));
    assertThat(coverage.notChecked()).filteredOn(n -> n.duty().id().toString().equals("nhsa2006:3"))
        .singleElement().satisfies(n -> assertThat(n.reason()).contains("considers necessary"));
    assertThat(coverage.checkedInPart()).extracting(n -> n.duty().id().toString())
        .contains("nhsa2006:sch1B.11", "nhsa2006:14Z30", "nhsa2006:14Z54", "nhsa2006:14Z58");
    assertThat(coverage.checked().indexOf(LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "3")))
        .isLessThan(coverage.checked().indexOf(LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "11")));
    assertThat(coverage.statement()).contains("not a finding that the ICB or its partners act lawfully");
  }

  @Test
  void fewer_rules_see_less() {
    Coverage boardOnly = Coverage.of(RuleSet.all().filter(rule -> rule.id().namespace().equals("board")).rules());
    assertThat(notChecked(boardOnly)).contains("nhsa2006:14Z29", "nhsa2006:14Z52");
    assertThat(Coverage.of(List.of()).checked()).isEmpty();
  }

  @Test
  void a_validator_report_carries_the_coverage_of_its_rules_and_filtering_keeps_it() {
    ValidationReport report = Validator.of(RuleSet.all()).validate(CompliantSystem.build(), CompliantSystem.AS_OF);

    assertThat(report.coverage()).isEqualTo(Coverage.of(RuleSet.all().rules()));
    assertThat(report.filter(f -> false).coverage()).isEqualTo(report.coverage());
    assertThat(ValidationReport.of(LocalDate.of(2025, 1, 1), List.of()).coverage().isKnown()).isFalse();
  }

  @Test
  void the_markdown_lists_each_duty_not_checked_with_its_reason() {
    String markdown = Coverage.builtIn().toMarkdown();
    assertThat(markdown).contains("## What the rules check, and what they cannot see", Coverage.STATEMENT,
        "| `nhsa2006:3` Commissioning hospital and other health services | NHS Act 2006 s.3 |");
  }

  @Test
  void a_known_coverage_built_from_its_parts_equals_the_computed_one() {
    Coverage computed = Coverage.builtIn();

    Coverage rebuilt = Coverage.known(computed.checked(), computed.advisedOn(), computed.notChecked(),
        computed.checkedInPart());

    assertThat(rebuilt).isEqualTo(computed).hasSameHashCodeAs(computed);
    assertThat(rebuilt.isKnown()).isTrue();
    assertThat(Coverage.known(List.of(), List.of(), List.of(), List.of())).isNotEqualTo(Coverage.unknown());
  }

  @Test
  void a_known_coverage_refuses_parts_of_provisions_and_repeats() {
    LegalReference section = LegalReference.section(Act.NHS_ACT_2006, "14Z29");
    Coverage.NotChecked duty = Coverage.builtIn().notChecked().get(0);

    assertThatThrownBy(() -> Coverage.known(List.of(section.subdivision("(1)")), List.of(), List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("use NHS Act 2006 s.14Z29");
    assertThatThrownBy(() -> Coverage.known(List.of(section), List.of(section), List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> Coverage.known(List.of(), List.of(), List.of(duty), List.of(duty)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining(duty.duty().id() + " appears twice");
    assertThatThrownBy(() -> Coverage.known(null, List.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("checked");
    assertThatThrownBy(() -> Coverage.NotChecked.of(duty.duty(), " "))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("blank");
    assertThat(Coverage.NotChecked.of(duty.duty(), duty.reason())).isEqualTo(duty);
  }

  @Test
  void rule_kinds_follow_severity_and_basis() {
    assertThat(RuleKind.of(Severity.ERROR, true)).isEqualTo(RuleKind.LAW);
    assertThat(RuleKind.of(Severity.FATAL, true)).isEqualTo(RuleKind.LAW);
    assertThat(RuleKind.of(Severity.ERROR, false)).isEqualTo(RuleKind.INTEGRITY);
    // A WARNING on law (a fact not recorded, or para 8(6)'s aim for the chair) is law whose compliance is not
    // shown, never "policy, not law"; a WARNING on guidance is policy.
    assertThat(RuleKind.of(Severity.WARNING, true)).isEqualTo(RuleKind.LAW_NOT_SHOWN);
    assertThat(RuleKind.LAW_NOT_SHOWN.label()).startsWith("law").contains("does not show");
    assertThat(RuleKind.of(Severity.WARNING, false)).isEqualTo(RuleKind.POLICY);
    // Law review of 7 December 2026, items B-56 and C-X3: the finding is labelled, not the provision; a statutory
    // "must" is never printed as "advice, not a requirement".
    assertThat(RuleKind.of(Severity.INFORMATION, true)).isEqualTo(RuleKind.LAW_ADVICE);
    assertThat(RuleKind.LAW_ADVICE.label()).isEqualTo("law; this finding is advice");
    assertThat(RuleKind.of(Severity.INFORMATION, false)).isEqualTo(RuleKind.ADVICE);
    assertThat(RuleKind.ADVICE.label()).doesNotContain("law)");
  }
}
