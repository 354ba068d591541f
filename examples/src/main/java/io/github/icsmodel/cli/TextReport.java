package io.github.icsmodel.cli;

import io.github.icsmodel.validation.Coverage;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Help.Ansi;

/**
 * A validation report for a terminal: a one-line summary, then the findings grouped by severity (most serious
 * first), each with its rule, path (and line and column where known), message and basis with its kind (law,
 * integrity check, policy or advice), then what the rules did not check, so that a report without errors is not
 * read as a finding of lawfulness. Colour only where the output is a terminal.
 */
final class TextReport {
  private final Ansi ansi;
  private final boolean quiet;

  TextReport(Ansi ansi, boolean quiet) {
    this.ansi = ansi;
    this.quiet = quiet;
  }

  void print(String source, ValidationReport report, Function<JsonPointer, Optional<String>> locate,
      PrintWriter out) {
    out.println(summary(source, report));
    if (quiet) {
      out.flush();
      return;
    }
    Severity[] order = {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFORMATION};
    for (Severity severity : order) {
      List<Finding> findings = report.bySeverity(severity);
      if (findings.isEmpty()) {
        continue;
      }
      out.println();
      out.println(ansi.string("@|bold," + colour(severity) + " " + severity + " (" + findings.size() + ")|@"));
      for (Finding finding : findings) {
        // Everything taken from the document is escaped: it must not drive the terminal or forge a line.
        String where = finding.path().toString().isEmpty() ? "(document)" : Messages.safe(finding.path().toString());
        String location = locate.apply(finding.path()).map(l -> " (" + l + ")").orElse("");
        out.println("  " + ansi.string("@|bold " + finding.ruleId() + "|@") + "  " + where + location
            + (finding.isWaived() ? "  [waived until " + finding.waivedBy().get().expiresOn() + "]" : ""));
        out.println("    " + Messages.safe(finding.message()));
        out.println("    " + ansi.string("@|faint Basis: " + markupSafe(finding.basis().citation()) + " ("
            + finding.kind().label() + ")|@"));
      }
    }
    Coverage coverage = report.coverage();
    if (coverage.isKnown()) {
      out.println();
      out.println(ansi.string("@|bold Not checked|@"));
      out.println("  " + coverage.notChecked().size() + " catalogued duties are not checked and "
          + coverage.checkedInPart().size() + " are checked only in part, because a configuration cannot show"
          + " them: " + examples(coverage) + ". 'ics validate --format json' and docs/rules.md list them all;"
          + " docs/rules.md also lists " + Coverage.notCatalogued().size() + " provisions the catalogue does not"
          + " hold at all.");
      out.println("  " + coverage.statement());
    }
    out.flush();
  }

  /** The first few duties not checked, as citations. */
  private static String examples(Coverage coverage) {
    return coverage.notChecked().stream().limit(3)
        .map(duty -> duty.duty().provision().citation() + " (" + duty.duty().shortTitle() + ")")
        .collect(java.util.stream.Collectors.joining(", ")) + (coverage.notChecked().size() > 3 ? ", ..." : "");
  }

  /** Text safe inside picocli markup: escaped, and unable to close the markup early. */
  private static String markupSafe(String text) {
    return Messages.safe(text).replace("|@", "| @");
  }

  private static String colour(Severity severity) {
    switch (severity) {
      case FATAL:
      case ERROR:
        return "red";
      case WARNING:
        return "yellow";
      default:
        return "cyan";
    }
  }

  /**
   * The one-line summary. A report whose rules left out the law (policy rules only) is never called valid: it says
   * that the statutory rules were not run. A report of the statutory rules only says that the policy rules were not.
   */
  String summary(String source, ValidationReport report) {
    String counts = plural(report.count(Severity.FATAL) + report.count(Severity.ERROR), "error") + ", "
        + plural(report.count(Severity.WARNING), "warning") + ", "
        + report.count(Severity.INFORMATION) + " information, " + report.waivedCount() + " waived";
    if (report.omits(RuleKind.LAW)) {
      String lead = report.findings().isEmpty() ? "no policy findings" : "policy findings only";
      return source + ": " + ansi.string("@|bold " + lead + "|@") + " as of " + report.asOf() + ": "
          + plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFORMATION)
          + " information, " + report.waivedCount() + " waived"
          + "; the statutory rules were not run, so this report does not say whether the configuration is valid";
    }
    String verdict = report.isValid() ? ansi.string("@|bold,green valid|@") : ansi.string("@|bold,red invalid|@");
    String left = report.omits(RuleKind.POLICY) && report.omits(RuleKind.ADVICE)
        ? " (statutory rules only; the policy rules were not run)" : "";
    return source + ": " + verdict + " as of " + report.asOf() + ": " + counts + left;
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
