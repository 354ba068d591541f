package io.github.icsmodel.report.html.internal;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Vacancy;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.DutyLimb;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.json.SourceLocation;
import io.github.icsmodel.json.SourceLocations;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.validation.Coverage;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a validation report and the configuration it is about into the {@link View.Page} the templates lay out.
 * Deterministic: everything is in a fixed order, numbers are formatted without the default locale, and no clock
 * is read (the as-of date is the report's).
 */
public final class PageModel {
  /** The areas findings are grouped by, in the order the page shows them, keyed by rule namespace. */
  private static final Map<String, String> AREAS = new LinkedHashMap<>();
  private static final List<String> AREA_ORDER = List.of("Board", "Committees", "Interests",
      "Integrated care partnership", "Plans", "Duties", "Inequalities", "Co-operation", "Reference data",
      "Structure and format");

  static {
    AREAS.put("board", "Board");
    AREAS.put("constitution", "Board");
    AREAS.put("committee", "Committees");
    AREAS.put("interest", "Interests");
    AREAS.put("icp", "Integrated care partnership");
    AREAS.put("plan", "Plans");
    AREAS.put("duty", "Duties");
    AREAS.put("purpose", "Duties");
    AREAS.put("inequality", "Inequalities");
    AREAS.put("cooperation", "Co-operation");
    AREAS.put("england", "Reference data");
    AREAS.put("icb", "Reference data");
    AREAS.put("cluster", "Reference data");
    AREAS.put("reference", "Reference data");
  }

  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing((Finding f) -> -f.severity().ordinal())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::path)
          .thenComparing(Finding::message)
          .thenComparing(Finding::isWaived);

  private final ValidationReport report;
  private final Optional<SourceLocations> locations;
  private final Map<RuleId, Rule> rules;
  private final String ruleSetName;
  private final String version;

  /**
   * Creates the model's builder.
   *
   * @param report the report
   * @param locations the configuration's source locations, if known
   * @param rules the rules, for their quotations of the law
   * @param ruleSetName the name of the rule set
   * @param version the library's version
   */
  public PageModel(ValidationReport report, Optional<SourceLocations> locations, Map<RuleId, Rule> rules,
      String ruleSetName, String version) {
    this.report = report;
    this.locations = locations;
    this.rules = rules;
    this.ruleSetName = ruleSetName;
    this.version = version;
  }

  /**
   * The page of one system.
   *
   * @param system the system
   * @return the page
   */
  public View.Page page(IntegratedCareSystem system) {
    SystemView view = system(system, "system", JsonPointer.root(), report.findings());
    List<View.Fact> facts = new ArrayList<>();
    facts.add(new View.Fact("System", system.name()));
    facts.addAll(icbFacts(system.icb()));
    facts.addAll(commonFacts());
    return new View.Page("Governance and inequalities report: " + system.name(), facts, summary(report.findings()),
        notChecked(), new View.England(false, List.of(), List.of(), 0), List.of(view.view));
  }

  /**
   * The page of a national configuration: a section per system and an England summary.
   *
   * @param national the configuration
   * @return the page
   */
  public View.Page page(NationalConfiguration national) {
    Map<Integer, List<Finding>> bySystem = new TreeMap<>();
    List<Finding> england = new ArrayList<>();
    for (Finding finding : report.findings()) {
      List<String> tokens = finding.path().tokens();
      Optional<Integer> index = tokens.size() >= 2 && tokens.get(0).equals("systems")
          ? Numbers.index(tokens.get(1)) : Optional.empty();
      if (index.isPresent() && index.get() < national.systems().size()) {
        bySystem.computeIfAbsent(index.get(), i -> new ArrayList<>()).add(finding);
      } else {
        england.add(finding);
      }
    }
    List<View.SystemView> systems = new ArrayList<>();
    List<View.SystemRow> rows = new ArrayList<>();
    for (int i = 0; i < national.systems().size(); i++) {
      IntegratedCareSystem system = national.systems().get(i);
      List<Finding> findings = bySystem.getOrDefault(i, List.of());
      SystemView view = system(system, "system-" + (i + 1), JsonPointer.root().property("systems").index(i),
          findings);
      systems.add(view.view);
      rows.add(new View.SystemRow(view.view.anchor(), system.name(),
          system.icb().odsCode().map(Object::toString).orElse("not recorded"),
          count(findings, Severity.FATAL) + count(findings, Severity.ERROR), count(findings, Severity.WARNING),
          count(findings, Severity.INFORMATION), system.icb().board().members().size(),
          system.indicators().size()));
    }
    List<View.Fact> facts = new ArrayList<>();
    facts.add(new View.Fact("Configuration", "England: " + Numbers.plural(national.systems().size(), "system")));
    facts.addAll(commonFacts());
    return new View.Page("Governance and inequalities report: England", facts, summary(report.findings()),
        notChecked(), new View.England(true, rows, areas("england", england), england.size()), systems);
  }

  private List<View.Fact> commonFacts() {
    return List.of(new View.Fact("As of", report.asOf().toString()), new View.Fact("Rule set", ruleSetName),
        new View.Fact("icsmodel version", version));
  }

  private static List<View.Fact> icbFacts(IntegratedCareBoard icb) {
    return List.of(new View.Fact("Integrated care board", icb.name()),
        new View.Fact("ODS code", icb.odsCode().map(Object::toString).orElse("not recorded")),
        new View.Fact("ONS (GSS) code", icb.gssCode().map(Object::toString).orElse("not recorded")));
  }

  private static int count(List<Finding> findings, Severity severity) {
    int count = 0;
    for (Finding finding : findings) {
      if (finding.severity() == severity && !finding.isWaived()) {
        count++;
      }
    }
    return count;
  }

  private View.Summary summary(List<Finding> findings) {
    int errors = count(findings, Severity.FATAL) + count(findings, Severity.ERROR);
    int warnings = count(findings, Severity.WARNING);
    int information = count(findings, Severity.INFORMATION);
    String verdict = errors == 0
        ? "No errors as of " + report.asOf() + ": the configuration shows no breach of the provisions the rules"
            + " check. That is not a finding that the ICB acts lawfully: see what this report does not check."
        : "As of " + report.asOf() + ": " + Numbers.plural(errors, "error") + " to put right, with "
            + Numbers.plural(warnings, "warning") + " and " + information + " information.";
    List<View.Count> bySeverity = List.of(new View.Count("Errors (including fatal)", errors),
        new View.Count("Warnings", warnings), new View.Count("Information", information));
    Map<RuleKind, Integer> kinds = new LinkedHashMap<>();
    for (RuleKind kind : List.of(RuleKind.LAW, RuleKind.LAW_NOT_SHOWN, RuleKind.POLICY, RuleKind.ADVICE,
        RuleKind.INTEGRITY)) {
      kinds.put(kind, 0);
    }
    int waived = 0;
    for (Finding finding : findings) {
      if (finding.isWaived()) {
        waived++;
      } else {
        kinds.merge(finding.kind(), 1, Integer::sum);
      }
    }
    List<View.Count> byKind = new ArrayList<>();
    kinds.forEach((kind, count) -> byKind.add(new View.Count(Labels.kind(kind), count)));
    return new View.Summary(verdict, errors == 0, bySeverity, byKind, waived);
  }

  private View.NotChecked notChecked() {
    Coverage coverage = report.coverage();
    if (!coverage.isKnown()) {
      return new View.NotChecked(false, Coverage.STATEMENT,
          "The report does not say which provisions its rules check; read it as covering only what its findings"
              + " name.", List.of(), List.of());
    }
    String overview = Numbers.plural(coverage.notChecked().size(), "catalogued duty", "catalogued duties")
        + " are not checked and " + coverage.checkedInPart().size() + " are checked only in part, because a"
        + " configuration cannot show them. " + Numbers.plural(coverage.checked().size(), "provision")
        + " of law are checked; on " + coverage.advisedOn().size() + " more the rules give only advice.";
    return new View.NotChecked(true, coverage.statement(), overview, duties(coverage.notChecked()),
        duties(coverage.checkedInPart()));
  }

  private static List<View.Duty> duties(List<Coverage.NotChecked> duties) {
    return duties.stream().map(d -> new View.Duty(d.duty().id().toString(), d.duty().shortTitle(),
        d.duty().provision().citation(), d.reason())).collect(Collectors.toList());
  }

  /** A system's view, and the counts the England summary needs. */
  private static final class SystemView {
    final View.SystemView view;

    SystemView(View.SystemView view) {
      this.view = view;
    }
  }

  private SystemView system(IntegratedCareSystem system, String anchor, JsonPointer base, List<Finding> findings) {
    List<View.Fact> facts = new ArrayList<>(icbFacts(system.icb()));
    facts.add(new View.Fact("Findings", summaryLine(findings)));
    return new SystemView(new View.SystemView(anchor, system.name(), facts, areas(anchor, findings),
        findings.size(), board(system), icp(system),
        Indicators.of(system, anchor)));
  }

  private static String summaryLine(List<Finding> findings) {
    return Numbers.plural(count(findings, Severity.FATAL) + count(findings, Severity.ERROR), "error") + ", "
        + Numbers.plural(count(findings, Severity.WARNING), "warning") + ", "
        + count(findings, Severity.INFORMATION) + " information";
  }

  private List<View.Area> areas(String anchor, List<Finding> findings) {
    Map<String, List<Finding>> byArea = new LinkedHashMap<>();
    for (String area : AREA_ORDER) {
      byArea.put(area, new ArrayList<>());
    }
    for (Finding finding : findings) {
      byArea.get(AREAS.getOrDefault(finding.ruleId().namespace(), "Structure and format")).add(finding);
    }
    List<View.Area> areas = new ArrayList<>();
    byArea.forEach((area, list) -> {
      if (!list.isEmpty()) {
        list.sort(FINDING_ORDER);
        areas.add(new View.Area(anchor + "-findings-" + Labels.slug(area), area,
            list.stream().map(this::finding).collect(Collectors.toList())));
      }
    });
    return areas;
  }

  private View.FindingView finding(Finding finding) {
    Rule rule = rules.get(finding.ruleId());
    String quotation = rule == null ? "" : rule.quotation().orElse("");
    String path = finding.path().toString().isEmpty() ? "(the whole document)" : finding.path().toString();
    String location = locations.map(l -> location(l, finding.path())).orElse("");
    String waived = finding.waivedBy().map(w -> "Waived until " + w.expiresOn()).orElse("");
    return new View.FindingView(Labels.severity(finding.severity()),
        finding.severity().name().toLowerCase(Locale.ROOT), finding.ruleId().toString(), finding.message(),
        quotation, finding.basis().citation(), finding.kind().label(), path, location, waived);
  }

  private static String location(SourceLocations locations, JsonPointer path) {
    Optional<SourceLocation> exact = locations.find(path);
    SourceLocation at = exact.orElseGet(() -> locations.nearest(path));
    String where = at.source().map(s -> s + ", ").orElse("") + "line " + at.line() + ", column " + at.column();
    return exact.isPresent() ? where : where + " (the nearest enclosing element)";
  }

  private View.Board board(IntegratedCareSystem system) {
    LocalDate asOf = report.asOf();
    LocalDate horizon = asOf.plusMonths(6);
    List<View.MemberRow> rows = new ArrayList<>();
    int soon = 0;
    List<BoardMember> members = new ArrayList<>(system.icb().board().members());
    members.sort(Comparator.comparing((BoardMember m) -> m.role().ordinal())
        .thenComparing(m -> m.ordinaryMemberKind().map(Enum::ordinal).orElse(-1))
        .thenComparing(BoardMember::name).thenComparing(BoardMember::id));
    for (BoardMember member : members) {
      String note = "";
      if (member.termEndsOn().isPresent()) {
        LocalDate end = member.termEndsOn().get();
        if (end.isBefore(asOf)) {
          note = "Term ended";
        } else if (!end.isAfter(horizon)) {
          note = "Term ends within six months";
          soon++;
        }
      }
      String nominated = member.nominatedBy().stream().sorted().map(id -> name(system, id))
          .collect(Collectors.joining("; "));
      if (member.nominatingConstituency().isPresent()) {
        String constituency = Labels.words(member.nominatingConstituency().get());
        nominated = nominated.isEmpty() ? constituency : nominated + " (" + constituency + ")";
      }
      rows.add(new View.MemberRow(member.name(), Labels.role(member.role(), member.ordinaryMemberKind()),
          member.postTitle().orElse("not recorded"), nominated.isEmpty() ? "not recorded" : nominated,
          member.appointedBy().map(Labels::authority).orElse("not recorded"),
          member.approvedBy().isEmpty() ? "not recorded" : member.approvedBy().stream().sorted()
              .map(Labels::authority).collect(Collectors.joining("; ")),
          member.termEndsOn().map(LocalDate::toString).orElse("not recorded"), note));
    }
    for (Vacancy vacancy : system.icb().board().vacancies()) {
      rows.add(new View.MemberRow("Vacant" + vacancy.vacantSince().map(d -> " since " + d).orElse(""),
          Labels.role(vacancy.role(), vacancy.ordinaryMemberKind()), vacancy.postTitle().orElse("not recorded"),
          "", "", "", "", ""));
    }
    return new View.Board(rows, horizon.toString(), soon);
  }

  private static String name(IntegratedCareSystem system, LocalId id) {
    return system.organisation(id).map(Organisation::name).orElse(id.toString());
  }

  private static View.Icp icp(IntegratedCareSystem system) {
    if (system.icp().isEmpty()) {
      return new View.Icp(false, "", List.of());
    }
    IntegratedCarePartnership icp = system.icp().get();
    Map<String, List<String>> bodies = new TreeMap<>();
    for (IcpMember member : icp.members()) {
      String body = member.appointingAuthority().map(id -> name(system, id))
          .orElse(Labels.words(member.appointedBy()));
      String who = member.name() + member.organisation().map(id -> " (" + name(system, id) + ")").orElse("");
      bodies.computeIfAbsent(body, b -> new ArrayList<>()).add(who);
    }
    List<View.Appointer> appointers = new ArrayList<>();
    bodies.forEach((body, members) -> {
      members.sort(Comparator.naturalOrder());
      appointers.add(new View.Appointer(body, members));
    });
    return new View.Icp(true, icp.name(), appointers);
  }

  /**
   * The s.14Z35 limb an indicator's domain belongs to, from the built-in duty catalogue.
   *
   * @param limbId the limb id
   * @return the limb, if the catalogue has it
   */
  static Optional<DutyLimb> limb(String limbId) {
    return DutyCatalogue.builtIn().findLimb(DutyId.of(limbId));
  }
}
