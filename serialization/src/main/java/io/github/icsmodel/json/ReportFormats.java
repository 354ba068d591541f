package io.github.icsmodel.json;

import io.github.icsmodel.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link ValidationReport} for people and for tools: as a JSON report in this library's own shape
 * ({@code icsmodel-report/1}), and as a SARIF 2.1.0 log, the format code-scanning tools and editors read.
 *
 * <p>Given the {@link SourceLocations} of the configuration that was validated (from
 * {@link IcsJson#reader()}), each finding is placed at the line and column of the element its JSON Pointer names,
 * or of the nearest enclosing element the file has (a finding about a missing property points at the object that
 * lacks it).
 *
 * <p>The JSON report's shape, documented in {@code docs/format.md}:
 *
 * <pre>
 * {
 *   "format": "icsmodel-report/1",
 *   "valid": false,
 *   "asOf": "2026-04-01",
 *   "ruleKinds": ["law", "integrity", "law-not-shown", "policy", "advice"],
 *   "counts": {"fatal": 0, "error": 1, "warning": 2, "information": 0, "waived": 1},
 *   "findings": [
 *     {
 *       "ruleId": "board.chair-count",
 *       "severity": "error",
 *       "path": "/icb/board",
 *       "message": "...",
 *       "basis": {"citation": "NHS Act 2006 Sch. 1B para 3(1)(a)", "statutory": true, "act": "nhs-act-2006", ...},
 *       "kind": "law",
 *       "subject": "northshire-icb",
 *       "waived": false,
 *       "location": {"source": "northshire.json", "line": 16, "column": 5}
 *     }
 *   ],
 *   "coverage": {
 *     "known": true,
 *     "statement": "A report without errors means only that ...",
 *     "checked": [{"citation": "NHS Act 2006 s.14Z29", "statutory": true, "act": "nhs-act-2006", ...}, ...],
 *     "advisedOn": [...],
 *     "checkedInPart": [{"duty": "nhsa2006:sch1B.11", "title": "...", "provision": "...", "reason": "..."}, ...],
 *     "notChecked": [...]
 *   }
 * }
 * </pre>
 *
 * <p>Counts are of findings not waived; {@code waived} counts the waived ones. {@code ruleKinds} (left out when
 * the report does not record them) lists the kinds of rule that ran; without {@code law}, {@code valid} says nothing
 * about the law. Both outputs are deterministic: the report's own order of findings (by severity, rule id, path),
 * properties in a fixed order.
 */
public final class ReportFormats {
  /** The marker at the top of a JSON report: {@value}. */
  public static final String REPORT_FORMAT = "icsmodel-report/1";

  private ReportFormats() {}

  /**
   * Writes a report as JSON, without source locations.
   *
   * @param report the report
   * @return the JSON text, ending with a newline
   */
  public static String toJson(ValidationReport report) {
    return toJson(report, Optional.empty());
  }

  /**
   * Writes a report as JSON, placing each finding in the source of the configuration validated.
   *
   * @param report the report
   * @param locations where the configuration's elements are in its source
   * @return the JSON text, ending with a newline
   */
  public static String toJson(ValidationReport report, SourceLocations locations) {
    return toJson(report, Optional.of(Objects.requireNonNull(locations, "locations")));
  }

  private static String toJson(ValidationReport report, Optional<SourceLocations> locations) {
    Objects.requireNonNull(report, "report");
    return IcsJson.generate(generator -> {
      if (locations.isPresent()) {
        SourceLocations source = locations.get();
        ReportTables.report(finding -> Optional.of(source.nearest(finding.path()))).write(report, generator);
      } else {
        ReportTables.REPORT.write(report, generator);
      }
    });
  }

  /**
   * Reads a report written by {@link #toJson(ValidationReport)} or {@link #toJson(ValidationReport,
   * SourceLocations)}, or through {@link IcsModule}. The findings' locations, if any, are checked for shape and
   * left out: they belong to the configuration's source, not to the report. What the report states that follows
   * from its findings ({@code valid}, {@code counts}, each finding's {@code waived} and {@code kind}) must agree
   * with them. The report's {@code coverage} reads back exactly, its duties looked up in the built-in duty
   * catalogue; a report without {@code coverage} (one written before it existed) has {@link
   * io.github.icsmodel.validation.Coverage#unknown() unknown} coverage.
   *
   * @param json the JSON text of a report in format {@value #REPORT_FORMAT}
   * @return the report
   * @throws IcsJsonException if the text is not such a report; it names the line, column and JSON Pointer
   */
  public static ValidationReport parseJson(String json) {
    return IcsJson.read(new IcsJson.Kind<>(ValidationReport.class, ReportTables.REPORT), IcsJson.Source.of(json),
        Reading.of(false, false, null)).value();
  }

  /**
   * Writes a report as a SARIF 2.1.0 log with one run, placing each finding at its line and column in the source
   * of the configuration validated. Findings of severity ERROR and FATAL are SARIF errors, WARNING warnings, and
   * INFORMATION notes; a waived finding carries an accepted suppression with the waiver's justification. Rules are
   * described from the built-in rule set, the validator's rules for waivers and the reader's own.
   *
   * @param report the report
   * @param locations where the configuration's elements are in its source
   * @return the SARIF log, ending with a newline
   */
  public static String toSarif(ValidationReport report, SourceLocations locations) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locations, "locations");
    return SarifTables.write(report, locations);
  }
}
