package io.github.icsmodel.guides;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.board.Board;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.report.html.HtmlReport;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The code example of the guide of {@code io.github.icsmodel.report.html} ({@code package-info.java}), run as it is
 * written there, between the comments {@code // example} and {@code // end}, so that the guide cannot drift from
 * the API. It lives in a package of its own so that it sees only the public API, as a user does.
 */
class PackageGuideExamplesTest {

  @Test
  void report_html() throws Exception {
    IntegratedCareSystem system = IntegratedCareSystem.builder()
        .id(LocalId.of("northshire"))
        .name("Northshire Integrated Care System")
        .icb(IntegratedCareBoard.builder()
            .id(LocalId.of("northshire-icb"))
            .name("NHS Northshire Integrated Care Board")
            .odsCode(OdsCode.of("QZ1"))
            .board(Board.empty())
            .build())
        .build();
    // example
    LocalDate asOf = LocalDate.of(2026, 12, 7);
    RuleSet rules = EnglandReferenceRules.ruleSet(asOf);
    ValidationReport report = Validator.of(rules).validate(system, asOf);
    HtmlReport html = HtmlReport.builder().report(report).system(system).rules(rules.rules()).build();
    String page = html.render(); // one self-contained HTML page; or html.writeTo(writer)
    // end
    assertThat(page).startsWith("<!DOCTYPE html>").contains("Northshire Integrated Care System")
        .contains("2026-12-07");
    StringWriter writer = new StringWriter();
    html.writeTo(writer);
    assertThat(writer.toString()).isEqualTo(page);
  }
}
