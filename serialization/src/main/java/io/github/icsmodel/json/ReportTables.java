package io.github.icsmodel.json;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.validation.Coverage;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The formats of validation reports ({@code icsmodel-report/1}, see {@code docs/format.md}): the report, its
 * counts and its findings; a finding's basis is in {@link BasisTables}, the report's coverage in {@link
 * CoverageTables}. {@link ReportFormats} writes and reads whole reports with them, and {@link IcsModule} registers
 * them, so that a report written through a user's own {@code ObjectMapper} is the same document.
 *
 * <p>What a report states that follows from its findings ({@code valid}, {@code counts}, a finding's
 * {@code waived} and {@code kind}) is written always and, when present on reading, must agree with the findings: a
 * finding's {@code kind} is refused where it stands, the others at the object that states them. The report's
 * {@code coverage} is written so that it reads back exactly; a report without it reads with {@link
 * Coverage#unknown() unknown} coverage. A finding's {@code location} is where the finding is in the configuration's
 * source: it is not part of the finding, so it is written only by {@link #report(Function)} and on reading checked
 * for shape and otherwise left out.
 *
 * <p>The tables are built when a report is first written or read (or {@link IcsModule} is made), not when a
 * configuration is read: see benchmarks/README.md, start-up.
 */
final class ReportTables {
  private ReportTables() {}

  static final Values.EnumFormat<Severity> SEVERITY = Values.enumOf(Severity.class);
  static final Values.EnumFormat<RuleKind> KIND = Values.enumOf(RuleKind.class);

  /** The severities a report counts, in the order its {@code counts} gives them; the waived findings follow. */
  private static final List<Severity> COUNTED =
      ImmutableList.of(Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFORMATION);

  /** A finding's location, read for its shape only: what is read is left out, so nothing is built. */
  private static final ObjectFormat<SourceLocation, SourceLocation> LOCATION =
      ObjectFormat.of("SourceLocation", SourceLocation.class, () -> SourceLocation.of(Optional.empty(), 1, 1),
              Function.identity())
          .optional("source", Values.STRING, SourceLocation::source, ObjectFormat.ignored())
          .optionalInt("line", at -> OptionalInt.of(at.line()), (at, line) -> { })
          .optionalInt("column", at -> OptionalInt.of(at.column()), (at, column) -> { })
          .build();

  /** The numbers of findings of each severity not waived, and of waived findings. */
  private static final ObjectFormat<Counts, Counts> COUNTS = counts();

  /** One finding, without its location. */
  static final ObjectFormat<Finding, FindingParts> FINDING = finding(finding -> Optional.empty());

  /** A whole report, without the findings' locations; with the marker {@code icsmodel-report/1} at the top. */
  static final ObjectFormat<ValidationReport, ReportParts> REPORT = report(FINDING);

  /**
   * Returns the format of a whole report whose findings are placed in the source of the configuration validated.
   *
   * @param placed where each finding is in the source, if anywhere
   */
  static ObjectFormat<ValidationReport, ReportParts> report(Function<Finding, Optional<SourceLocation>> placed) {
    return report(finding(placed));
  }

  private static ObjectFormat<ValidationReport, ReportParts> report(ObjectFormat<Finding, FindingParts> finding) {
    return ObjectFormat.of("ValidationReport", ValidationReport.class, ReportParts::new, ReportParts::build)
        .document(ReportFormats.REPORT_FORMAT, "report")
        .defaulted("valid", Values.BOOLEAN, ValidationReport::isValid, (parts, valid) -> parts.valid = valid)
        .required("asOf", Values.DATE, ValidationReport::asOf, (parts, asOf) -> parts.asOf = asOf)
        .set("ruleKinds", KIND, ValidationReport::ruleKinds, (parts, kinds) -> parts.ruleKinds = kinds)
        .defaulted("counts", COUNTS, Counts::of, (parts, counts) -> parts.counts = counts)
        .defaulted("findings", ObjectFormat.listOf(finding), ValidationReport::findings,
            (parts, findings) -> parts.findings = findings)
        .defaulted("coverage", CoverageTables.COVERAGE, ValidationReport::coverage,
            (parts, coverage) -> parts.coverage = coverage)
        .build();
  }

  private static ObjectFormat<Finding, FindingParts> finding(Function<Finding, Optional<SourceLocation>> placed) {
    return ObjectFormat.of("Finding", Finding.class, FindingParts::new, FindingParts::build)
        .required("ruleId", Values.RULE_ID, Finding::ruleId, (parts, id) -> parts.finding.ruleId(id))
        .required("severity", SEVERITY, Finding::severity, (parts, severity) -> parts.finding.severity(severity))
        .required("path", Values.JSON_POINTER, Finding::path, (parts, path) -> parts.finding.path(path))
        .required("message", Values.STRING, Finding::message, (parts, message) -> parts.finding.message(message))
        .required("basis", BasisTables.BASIS, Finding::basis, (parts, basis) -> parts.finding.basis(basis))
        .follows("kind", KIND, Finding::kind,
            (kind, finding) -> "\"kind\" is \"" + KIND.nameOf(kind) + "\" but a finding of severity "
                + SEVERITY.nameOf(finding.severity()) + " on a "
                + (finding.basis().isStatutory() ? "statutory" : "policy") + " basis is \""
                + KIND.nameOf(finding.kind()) + "\"")
        .optional("subject", Values.LOCAL_ID, Finding::subject, (parts, subject) -> parts.finding.subject(subject))
        .defaulted("waived", Values.BOOLEAN, Finding::isWaived, (parts, waived) -> parts.waived = waived)
        .optional("waivedBy", AssuranceFormats.WAIVER, Finding::waivedBy,
            (parts, waiver) -> parts.finding.waivedBy(waiver))
        .optional("location", LOCATION, placed, ObjectFormat.ignored())
        .build();
  }

  private static ObjectFormat<Counts, Counts> counts() {
    ObjectFormat.Builder<Counts, Counts> counts = ObjectFormat.of("Counts", Counts.class, Counts::new, c -> c);
    for (Severity severity : COUNTED) {
      counts.optionalInt(SEVERITY.nameOf(severity), c -> c.count(severity),
          (c, count) -> c.stated.put(severity, count));
    }
    return counts.optionalInt("waived", Counts::waived, (c, count) -> c.waived = count).build();
  }

  /** A report's counts: all of them as written, or those a report read states. */
  static final class Counts {
    private final Map<Severity, Integer> stated = new EnumMap<>(Severity.class);
    private Integer waived;

    static Counts of(ValidationReport report) {
      Counts counts = new Counts();
      for (Severity severity : COUNTED) {
        counts.stated.put(severity, report.count(severity));
      }
      counts.waived = report.waivedCount();
      return counts;
    }

    /** Returns the count of the findings of a severity not waived, if stated. */
    OptionalInt count(Severity severity) {
      return of(stated.get(severity));
    }

    /** Returns the count of the waived findings, if stated. */
    OptionalInt waived() {
      return of(waived);
    }

    private static OptionalInt of(Integer count) {
      return count == null ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /** Refuses a count the findings do not have. */
    void check(ValidationReport report) {
      for (Map.Entry<Severity, Integer> count : stated.entrySet()) {
        check(SEVERITY.nameOf(count.getKey()), count.getValue(), report.count(count.getKey()));
      }
      if (waived != null) {
        check("waived", waived, report.waivedCount());
      }
    }

    private static void check(String name, int stated, int actual) {
      if (stated != actual) {
        throw new InvalidValueException(
            "\"counts\" gives " + stated + " for \"" + name + "\" but the findings have " + actual);
      }
    }
  }

  /** The parts of a finding read so far, with the {@code waived} it states. */
  static final class FindingParts {
    private final Finding.Builder finding = Finding.builder();
    private Boolean waived;

    Finding build() {
      Finding built = finding.build();
      if (waived != null && waived != built.isWaived()) {
        throw new InvalidValueException(
            "\"waived\" is " + waived + " but the finding " + (built.isWaived() ? "has" : "has no") + " \"waivedBy\"");
      }
      return built;
    }
  }

  /** The parts of a report read so far, with the {@code valid} and {@code counts} it states. */
  static final class ReportParts {
    private Boolean valid;
    private LocalDate asOf;
    private List<RuleKind> ruleKinds = ImmutableList.of();
    private Counts counts;
    private List<Finding> findings = new ArrayList<>();
    private Coverage coverage = Coverage.unknown();

    ValidationReport build() {
      ValidationReport report = ValidationReport.builder().asOf(asOf).findings(findings).coverage(coverage)
          .ruleKinds(ruleKinds).build();
      if (valid != null && valid != report.isValid()) {
        throw new InvalidValueException(
            "\"valid\" is " + valid + " but the findings make the report " + (report.isValid() ? "valid" : "invalid"));
      }
      if (counts != null) {
        counts.check(report);
      }
      return report;
    }
  }
}
