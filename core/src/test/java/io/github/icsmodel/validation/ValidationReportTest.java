package io.github.icsmodel.validation;

import static io.github.icsmodel.validation.TestRules.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.identifier.LocalId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  static Finding finding(String rule, Severity severity, String path, String message) {
    return Finding.builder().ruleId(RuleId.of(rule)).severity(severity).path(JsonPointer.of(path))
        .message(message).basis(severity.isBlocking() ? TestRules.LAW : TestRules.POLICY).build();
  }

  static Finding waived(Finding finding) {
    return finding.withWaivedBy(WaiverTest.waiver(finding.ruleId().toString(), ""));
  }

  private final Finding member10 = finding("local.a", Severity.ERROR, "/icb/board/members/10", "ten");
  private final Finding member2 = finding("local.b", Severity.WARNING, "/icb/board/members/2", "two");
  private final Finding member2a = finding("local.a", Severity.WARNING, "/icb/board/members/2", "zzz");
  private final Finding member2aEarlier = finding("local.a", Severity.WARNING, "/icb/board/members/2", "aaa");
  private final Finding board = finding("local.c", Severity.INFORMATION, "/icb/board", "board");
  private final Finding fatal = finding("local.d", Severity.FATAL, "", "failed");
  private final Finding waivedWarning = waived(finding("local.e", Severity.WARNING, "/icp", "waived"));

  private final ValidationReport report = ValidationReport.of(AS_OF,
      List.of(member10, waivedWarning, member2, board, member2a, fatal, member2aEarlier));

  @Test
  void orders_findings_by_severity_then_rule_then_path_then_message() {
    assertThat(report.findings())
        .containsExactly(fatal, member10, member2aEarlier, member2a, member2, waivedWarning, board);
  }

  @Test
  void order_does_not_depend_on_the_order_given() {
    ValidationReport reversed = ValidationReport.of(AS_OF,
        List.of(member2aEarlier, fatal, member2a, board, member2, waivedWarning, member10));

    assertThat(reversed).isEqualTo(report);
    assertThat(reversed.findings()).isEqualTo(report.findings());
  }

  @Test
  void ties_on_severity_rule_path_and_message_are_broken_deterministically() {
    Finding subject = Finding.builder().from(member2).subject(LocalId.of("x")).build();
    Finding information = Finding.builder().from(member2).severity(Severity.INFORMATION).build();
    Finding waivedTwin = waived(member2);

    assertThat(ValidationReport.of(AS_OF, List.of(waivedTwin, subject, member2, information)).findings())
        .containsExactly(member2, waivedTwin, subject, information);
  }

  @Test
  void counts_unwaived_findings_by_severity_with_every_severity_present() {
    Map<Severity, Integer> counts = report.counts();

    assertThat(counts).containsExactly(
        Map.entry(Severity.INFORMATION, 1), Map.entry(Severity.WARNING, 3), Map.entry(Severity.ERROR, 1),
        Map.entry(Severity.FATAL, 1));
    assertThat(report.count(Severity.WARNING)).isEqualTo(3);
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.waivedCount()).isEqualTo(1);
    assertThat(ValidationReport.of(AS_OF, List.of()).counts()).containsOnlyKeys(Severity.values())
        .allSatisfy((severity, count) -> assertThat(count).isZero());
    assertThatThrownBy(() -> counts.put(Severity.ERROR, 9)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void is_valid_without_unwaived_errors_or_fatal_findings() {
    assertThat(report.isValid()).isFalse();
    assertThat(report.blocking()).containsExactly(fatal, member10);
    assertThat(report.filter(f -> !f.isBlocking()).isValid()).isTrue();
    assertThat(ValidationReport.of(AS_OF, List.of(waived(member10))).isValid()).isTrue();
    assertThat(ValidationReport.of(AS_OF, List.of(fatal)).isValid()).isFalse();
    assertThat(ValidationReport.of(AS_OF, List.of(member10)).isValid()).isFalse();
    assertThat(ValidationReport.of(AS_OF, List.of(member2, board)).isValid()).isTrue();
  }

  @Test
  void filters() {
    ValidationReport warnings = report.filter(f -> f.severity() == Severity.WARNING);

    assertThat(warnings.asOf()).isEqualTo(AS_OF);
    assertThat(warnings.findings()).containsExactly(member2aEarlier, member2a, member2, waivedWarning);
    assertThat(report.filter(f -> true)).isEqualTo(report);
    assertThat(report.bySeverity(Severity.WARNING)).isEqualTo(warnings.findings());
    assertThat(report.forRule(RuleId.of("local.a"))).containsExactly(member10, member2aEarlier, member2a);
    assertThat(report.at(JsonPointer.of("/icb/board"))).containsExactly(member10, member2aEarlier, member2a, member2,
        board);
    assertThat(report.at(JsonPointer.of("/icb/board/members/2"))).containsExactly(member2aEarlier, member2a,
        member2);
    assertThat(report.at(JsonPointer.root())).isEqualTo(report.findings());
    assertThat(report.at(JsonPointer.of("/icb/board/members/1"))).isEmpty();
  }

  @Test
  void has_a_one_line_summary() {
    assertThat(report).hasToString(
        "ValidationReport as of 2026-04-01: invalid; 1 fatal, 1 error, 3 warnings, 1 information; 1 waived");
    assertThat(ValidationReport.of(AS_OF, List.of(member2))).hasToString(
        "ValidationReport as of 2026-04-01: valid; 0 fatal, 0 errors, 1 warning, 0 information; 0 waived");
  }
}
