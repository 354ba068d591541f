package io.github.icsmodel.report.html;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.nio.file.Path;
import java.time.LocalDate;

/** The pages the tests look at: the bundled example, and variants of it. */
final class Pages {
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  static final Path EXAMPLE = Path.of("..", "examples", "data", "northshire.json");
  /** The bundled example with three periods of values, populations and limits for one indicator. */
  static final Path WITH_TREND = Path.of("src", "test", "resources", "northshire-with-trend.json");

  private Pages() {}

  static RuleSet rules() {
    return EnglandReferenceRules.ruleSet(AS_OF).plus(RuleSet.discovered());
  }

  static HtmlReport system(Path file) {
    ReadResult<IntegratedCareSystem> read = IcsJson.reader().readSystem(file);
    ValidationReport report = Validator.of(rules()).validate(read.value(), AS_OF);
    return HtmlReport.builder().report(report).system(read.value()).locations(read.locations())
        .rules(rules().rules()).libraryVersion("test").build();
  }

  static HtmlReport national(NationalConfiguration national) {
    ValidationReport report = Validator.of(rules()).validate(national, AS_OF);
    return HtmlReport.builder().report(report).national(national).rules(rules().rules()).libraryVersion("test")
        .build();
  }

  static String example() {
    return system(EXAMPLE).render();
  }
}
