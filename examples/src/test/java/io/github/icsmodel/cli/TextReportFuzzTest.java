package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Help.Ansi;

/**
 * Fuzz target for the text report: whatever text findings, paths and locations carry, what reaches the terminal
 * has no raw control character but the line ends, with or without colour, and every finding is one entry.
 */
class TextReportFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void report(FuzzedDataProvider data) {
    List<Finding> findings = new ArrayList<>();
    int count = data.consumeInt(0, 6);
    for (int i = 0; i < count; i++) {
      JsonPointer path = JsonPointer.root();
      for (int d = data.consumeInt(0, 3); d > 0; d--) {
        path = data.consumeBoolean() ? path.property(data.consumeString(20)) : path.index(data.consumeInt(0, 99));
      }
      findings.add(Finding.builder()
          .ruleId(RuleId.of("board.chair"))
          .severity(data.pickValue(Severity.values()))
          .path(path)
          .message(data.consumeString(300))
          .basis(PolicyReference.of("NHS England", "Guidance " + data.consumeString(30), ""))
          .build());
    }
    String source = data.consumeString(40);
    String location = data.consumeString(20);
    StringWriter out = new StringWriter();
    new TextReport(data.consumeBoolean() ? Ansi.ON : Ansi.OFF, false)
        .print(Messages.safe(source), ValidationReport.of(LocalDate.of(2026, 12, 2), findings),
            pointer -> Optional.of(Messages.safe(location)), new PrintWriter(out));
    // ESC is allowed only as the start of picocli's own colour sequences (ESC [ digits m).
    String text = out.toString().replaceAll("\u001B\\[[0-9;]*m", "");
    assertThat(text).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F\\x{80}-\\x{9F}\\u2028\\u2029]");
  }
}
