package io.github.icsmodel.guides;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.report.html.HtmlReport;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.StringWriter;
import java.nio.file.Path;
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
    IntegratedCareSystem system = IcsJson.readSystem(Path.of("..", "examples", "data", "northshire.json"));
    // example
    LocalDate asOf = LocalDate.of(2026, 12, 7);
    RuleSet rules = EnglandReferenceRules.ruleSet(asOf);
    ValidationReport report = Validator.of(rules).validate(system, asOf);
    HtmlReport html = HtmlReport.builder().report(report).system(system).rules(rules.rules()).build();
    String page = html.render(); // one self-contained HTML page; or html.writeTo(writer)
    // end
    assertThat(page).startsWith("<!DOCTYPE html>").contains("Northshire and Wexcaster Integrated Care System")
        .contains("2026-12-07");
    StringWriter writer = new StringWriter();
    html.writeTo(writer);
    assertThat(writer.toString()).isEqualTo(page);
  }
}
