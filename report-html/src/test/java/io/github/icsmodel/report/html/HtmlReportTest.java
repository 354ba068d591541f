package io.github.icsmodel.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.inequality.SiiInterval;
import io.github.icsmodel.inequality.SiiIntervalMethod;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiResult;
import io.github.icsmodel.inequality.SiiValueType;
import io.github.icsmodel.inequality.SlopeIndexOfInequality;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.json.SourceLocation;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page's content, parsed with jsoup and checked against the report and the configuration it is about. */
class HtmlReportTest {
  private static ReadResult<IntegratedCareSystem> read;
  private static ValidationReport report;
  private static String html;
  private static Document page;

  @BeforeAll
  static void render() throws Exception {
    read = IcsJson.reader().readSystem(Pages.WITH_TREND);
    report = Validator.of(Pages.rules()).validate(read.value(), Pages.AS_OF);
    html = Pages.system(Pages.WITH_TREND).render();
    page = Jsoup.parse(html);
    Files.createDirectories(Path.of("target", "report"));
    Files.writeString(Path.of("target", "report", "northshire-with-trend.html"), html);
    Files.writeString(Path.of("target", "report", "northshire.html"), Pages.example());
  }

  @Test
  void theHeaderNamesTheSystemTheIcbItsCodesTheDateTheRulesAndTheVersion() {
    assertThat(page.title()).isEqualTo("Governance and inequalities report: " + read.value().name());
    Element header = page.selectFirst("body > header");
    assertThat(header.select("h1").text()).isEqualTo(page.title());
    assertThat(facts(header)).contains("System: Northshire and Wexcaster Integrated Care System",
        "Integrated care board: NHS Northshire and Wexcaster Integrated Care Board", "ODS code: Q9N",
        "ONS (GSS) code: E54000099", "As of: 2026-12-01", "Rule set: all", "icsmodel version: test");
  }

  @Test
  void theSummaryCountsAgreeWithTheReport() {
    Element summary = page.getElementById("summary");
    assertThat(report.isValid()).isFalse();
    assertThat(summary.selectFirst(".verdict").text()).startsWith("Not valid.");
    int errors = report.count(Severity.ERROR) + report.count(Severity.FATAL);
    assertThat(rows(summary.select("table").get(0))).containsExactly("Errors (including fatal) " + errors,
        "Warnings " + report.count(Severity.WARNING), "Information " + report.count(Severity.INFORMATION));
    long law = report.findings().stream().filter(f -> !f.isWaived() && f.kind().name().equals("LAW")).count();
    assertThat(rows(summary.select("table").get(1))).startsWith("Law " + law);
    assertThat(errors).isPositive();
  }

  @Test
  void whatIsNotCheckedIsListedDutyByDuty() {
    assertThat(page.getElementById("not-checked").text()).contains(report.coverage().statement())
        .contains(report.coverage().notChecked().size() + " catalogued duties are not checked");
    Element section = page.getElementById("duties-not-checked");
    assertThat(section.select("table").get(1).select("tbody tr")).hasSize(report.coverage().notChecked().size());
    assertThat(section.select("table").get(0).select("tbody tr"))
        .hasSize(report.coverage().checkedInPart().size());
  }

  @Test
  void everyFindingIsShownWithItsMessageBasisAndLineAndColumn() {
    Elements shown = page.select("li.finding");
    assertThat(shown).hasSize(report.findings().size());
    for (Finding finding : report.findings()) {
      Element item = shown.stream().filter(li -> li.selectFirst("code").text().equals(finding.ruleId().toString())
          && li.selectFirst(".message").text().equals(finding.message())).findFirst().orElseThrow();
      assertThat(item.selectFirst(".badge").text()).isEqualToIgnoringCase(finding.severity().name());
      assertThat(item.select(".finding-meta dd").get(0).text()).isEqualTo(finding.basis().citation() + " ("
          + finding.kind().label() + ")");
      SourceLocation at = read.locations().nearest(finding.path());
      assertThat(item.select(".finding-meta dd").get(1).text()).startsWith(finding.path().toString())
          .contains("line " + at.line() + ", column " + at.column());
    }
  }

  @Test
  void aFindingOnAStatutoryRuleQuotesTheProvision() {
    Element chair = page.select("li.finding").stream()
        .filter(li -> li.selectFirst("code").text().startsWith("board.chair-appointment")).findFirst()
        .orElseThrow();
    assertThat(chair.select("blockquote.provision").text()).isNotBlank();
    String quotation = Pages.rules().rules().stream()
        .filter(r -> r.id().toString().equals(chair.selectFirst("code").text())).findFirst().orElseThrow()
        .quotation().orElseThrow();
    assertThat(chair.selectFirst("blockquote.provision").wholeText().strip()).isEqualTo(quotation.strip());
  }

  @Test
  void findingsAreGroupedByAreaAndOrderedBySeverityThenRuleThenLocation() {
    Element findings = page.getElementById("system-findings").parent();
    List<String> areas = findings.select("h4").eachText();
    assertThat(areas).isNotEmpty().allMatch(a -> a.matches("[A-Za-z -]+ \\(\\d+\\)"));
    assertThat(areas.get(0)).startsWith("Board");
    for (Element area : findings.select("ol.findings")) {
      List<String> keys = new ArrayList<>();
      for (Element item : area.select("li.finding")) {
        int severity = List.of("information", "warning", "error", "fatal").indexOf(item.className()
            .replace("finding ", ""));
        keys.add((9 - severity) + " " + item.selectFirst("code").text());
      }
      assertThat(keys).isSorted();
    }
  }

  @Test
  void theBoardIsATableOfPeopleAndSeatsWithTermsEndingSoonMarkedInWords() {
    Element board = page.getElementById("system-board").parent();
    Element table = board.selectFirst("table");
    assertThat(table.selectFirst("caption").text()).isEqualTo("Members and seats of the board");
    assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
    assertThat(table.select("tbody tr")).hasSize(read.value().icb().board().members().size()
        + read.value().icb().board().vacancies().size());
    assertThat(table.select("thead th").eachText()).containsExactly("Name", "Role", "Post", "Nominated by",
        "Appointed by", "Approved by", "Term ends");
    Element dunmore = row(table, "Colin Dunmore");
    assertThat(dunmore.text()).contains("Non-executive member", "2027-03-31", "Term ends within six months");
    assertThat(row(table, "Margaret Ellison").text()).contains("2030-06-30").doesNotContain("six months");
    assertThat(row(table, "Dr Helen Marsh").text()).contains("Chair", "NHS England");
    assertThat(board.text()).contains("(within six months) are marked", ": 1.");
  }

  @Test
  void theIcpMembersAreGroupedByAppointingBody() {
    Element icp = page.getElementById("system-icp").parent();
    assertThat(icp.select("h4").eachText()).contains("Northshire County Council", "Wexcaster City Council")
        .isSorted();
    assertThat(icp.select("li")).hasSize(read.value().icp().orElseThrow().members().size());
  }

  @Test
  void eachIndicatorShowsItsLimbItsGroupsTheSiiTheCore20GapAndTheTrend() {
    Element inequalities = page.getElementById("system-inequalities").parent();
    assertThat(inequalities.select("article.indicator")).hasSize(read.value().indicators().size());
    Indicator waits = read.value().indicators().stream().filter(i -> i.id().toString().equals(
        "long-waits-most-deprived")).findFirst().orElseThrow();
    Element article = inequalities.select("article.indicator").stream()
        .filter(a -> a.selectFirst("h4").text().equals(waits.name())).findFirst().orElseThrow();
    assertThat(article.selectFirst(".limb").text()).isEqualTo("Access limb, NHS Act 2006 s.14Z35(a): access");
    assertThat(article.selectFirst("blockquote").text()).startsWith("(a) reduce inequalities between persons");
    Element groups = article.select("table").get(0);
    assertThat(groups.select("tbody tr")).hasSize(5);
    assertThat(groups.select("tbody tr").get(0).text()).isEqualTo(
        "IMD quintile 1, most deprived Core20 41.7 40.4 43.0");
    assertThat(article.select("svg[role=img]")).hasSize(2);
    assertThat(article.selectFirst("svg title").text()).contains(waits.name());
    assertThat(article.text()).contains("Core20 gap, 2025/26: 10.7 percentage points");

    SiiResult expected = sii(waits, "2025/26");
    Element sii = article.select("table").get(1);
    assertThat(rows(sii)).hasSize(3);
    SiiInterval limits = expected.interval(ConfidenceLevel.PERCENT_95).orElseThrow();
    assertThat(rows(sii).get(2)).isEqualTo(String.format(Locale.ROOT, "2025/26 %.2f %.2f to %.2f %.3f %.3f to %.3f",
        expected.sii(), limits.siiLower(), limits.siiUpper(), expected.rii(), limits.riiLower(),
        limits.riiUpper()));
    assertThat(article.text()).contains("Narrowing between 2023/24 and 2025/26");
    assertThat(article.select("table").get(2).select("tbody tr")).hasSize(3);
  }

  @Test
  void anIndicatorWithoutPopulationsAndLimitsSaysWhyThereIsNoSii() {
    Document example = Jsoup.parse(Pages.example());
    assertThat(example.text()).contains("SII and RII not computed for 2025/26: it needs each of the 5 groups with"
        + " its population (denominator) and 95% confidence limits");
    assertThat(example.text()).contains("One period recorded: no trend yet.");
  }

  @Test
  void thePageLoadsNothingAndRunsNothing() {
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
    assertThat(page.select("[src]")).isEmpty();
    assertThat(html).contains("@media (prefers-color-scheme: dark)", "@page { size: A4", "break-before: page");
  }

  @Test
  void thePageHasLandmarksHeadingsInOrderAndTableHeaders() {
    assertThat(page.select("body > header, body > nav, body > main, body > footer")).hasSize(4);
    int previous = 1;
    for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
      int level = Integer.parseInt(heading.tagName().substring(1));
      assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    assertThat(page.select("h1")).hasSize(1);
    for (Element table : page.select("table")) {
      assertThat(table.select("caption")).as(table.outerHtml()).hasSize(1);
      assertThat(table.select("th").eachAttr("scope")).hasSize(table.select("th").size());
    }
  }

  @Test
  void theBundledExamplesPageWeighsUnder200kB() {
    assertThat(Pages.example().getBytes(StandardCharsets.UTF_8).length).isLessThan(200 * 1024);
  }

  @Test
  void thePageIsTheSameByteForByteWhateverTheLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      String german = Pages.system(Pages.WITH_TREND).render();
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      String arabic = Pages.system(Pages.WITH_TREND).render();
      assertThat(german).isEqualTo(html);
      assertThat(arabic).isEqualTo(html);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void writeToGivesTheSamePageAsRender() throws Exception {
    StringWriter out = new StringWriter();
    Pages.system(Pages.WITH_TREND).writeTo(out);
    assertThat(out.toString()).isEqualTo(html);
  }

  @Test
  void aNationalConfigurationGivesASectionPerSystemAndAnEnglandSummary() {
    IntegratedCareSystem first = read.value();
    IntegratedCareSystem second = IcsJson.reader().readSystem(Pages.EXAMPLE).value().withName("Second system")
        .withId(io.github.icsmodel.identifier.LocalId.of("second"));
    NationalConfiguration national = NationalConfiguration.builder().addSystems(first, second).build();
    Document england = Jsoup.parse(Pages.national(national).render());
    assertThat(england.title()).isEqualTo("Governance and inequalities report: England");
    Element summary = england.getElementById("england");
    assertThat(summary.select("tbody tr th").eachText()).containsExactly(first.name(), "Second system");
    assertThat(england.getElementById("system-1-title").text()).isEqualTo(first.name());
    assertThat(england.getElementById("system-2-title").text()).isEqualTo("Second system");
    ValidationReport nationalReport = Validator.of(Pages.rules()).validate(national, Pages.AS_OF);
    assertThat(england.select("li.finding")).hasSize(nationalReport.findings().size());
    long firstSystem = nationalReport.findings().stream()
        .filter(f -> f.path().toString().startsWith("/systems/0/")).count();
    assertThat(england.getElementById("system-1").select("li.finding")).hasSize((int) firstSystem);
    assertThat(summary.select("tbody tr").get(0).select("td").get(1).text())
        .isEqualTo(Integer.toString(nationalReport.findings().stream()
            .filter(f -> f.path().toString().startsWith("/systems/0/") && f.isBlocking()).collect(
                Collectors.toList()).size()));
  }

  @Test
  void hostileNamesStayText() {
    String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    IntegratedCareSystem system = read.value().withName(hostile);
    ValidationReport validation = Validator.of(Pages.rules()).validate(system, Pages.AS_OF);
    Document hostilePage = Jsoup.parse(HtmlReport.builder().report(validation).system(system).build().render());
    assertThat(hostilePage.select("script, img")).isEmpty();
    assertThat(hostilePage.title()).isEqualTo("Governance and inequalities report: " + hostile);
    assertThat(hostilePage.getElementById("system-title").text()).isEqualTo(hostile);
  }

  @Test
  void charactersAnHtmlDocumentMayNotHoldBecomeReplacementCharacters() throws Exception {
    IntegratedCareSystem system = read.value().withName("A\u0000B\u0085C\uFFFE\uD800D\t\uD83D\uDE00");
    ValidationReport validation = Validator.of(Pages.rules()).validate(system, Pages.AS_OF);
    String html = HtmlReport.builder().report(validation).system(system).build().render();
    assertThat(Jsoup.parse(html).getElementById("system-title").wholeText())
        .isEqualTo("A\uFFFDB\uFFFDC\uFFFD\uFFFDD\t\uD83D\uDE00");
    assertThat(new nu.validator.client.EmbeddedValidator().validate(new java.io.ByteArrayInputStream(
        html.getBytes(StandardCharsets.UTF_8)))).doesNotContain("Error:");
  }

  @Test
  void decilesVacanciesAndAMissingPartnershipAreShownForWhatTheyAre() {
    var deciles = Indicator.builder().id(io.github.icsmodel.identifier.LocalId.of("deciles")).name("By decile")
        .domain(io.github.icsmodel.inequality.IndicatorDomain.EXPERIENCE)
        .valueType(io.github.icsmodel.inequality.IndicatorValueType.RATE)
        .multiplier(java.math.BigDecimal.valueOf(1000)).higherIsBetter(true);
    for (int d = 1; d <= 10; d++) {
      deciles.addValues(IndicatorValue.builder().period("2025/26").periodEnd(java.time.LocalDate.of(2026, 3, 31))
          .dimension(io.github.icsmodel.inequality.BreakdownDimension.DEPRIVATION_DECILE).group(Integer.toString(d))
          .value(java.math.BigDecimal.valueOf(10 + d)).denominator(java.math.BigDecimal.valueOf(d == 1 ? 300 : 100))
          .build());
    }
    IntegratedCareSystem system = read.value().withIcp(java.util.Optional.empty())
        .withIndicators(deciles.build())
        .withIcb(read.value().icb().withBoard(read.value().icb().board().withVacancies(
            io.github.icsmodel.board.Vacancy.builder().id(io.github.icsmodel.identifier.LocalId.of("vacant-ne"))
                .role(io.github.icsmodel.board.MemberRole.ORDINARY_MEMBER)
                .ordinaryMemberKind(io.github.icsmodel.board.OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
                .vacantSince(java.time.LocalDate.of(2026, 10, 1)).build())));
    ValidationReport validation = Validator.of(Pages.rules()).validate(system, Pages.AS_OF);
    Document other = Jsoup.parse(HtmlReport.builder().report(validation).system(system).build().render());
    assertThat(other.getElementById("system-icp").parent().text())
        .contains("No integrated care partnership is recorded.");
    assertThat(row(other.getElementById("system-board").parent().selectFirst("table"), "Vacant since 2026-10-01")
        .text()).contains("Non-executive member");
    Element article = other.selectFirst("article.indicator");
    assertThat(article.selectFirst(".limb").text()).startsWith("Outcomes limb, NHS Act 2006 s.14Z35(b): outcomes")
        .contains("experience of care");
    assertThat(article.select("table").get(0).select("tbody tr")).hasSize(10);
    assertThat(article.select("table").get(0).select("tbody tr .tag").eachText()).hasSize(2);
    // Core20 is deciles 1 and 2 weighted by population: (11 x 300 + 12 x 100) / 400 = 11.25, less decile 10's 20.
    assertThat(article.text()).contains("Core20 gap, 2025/26: -8.75 (the Core20 group")
        .contains("SII and RII not computed for 2025/26: it needs each of the 10 groups")
        .contains("One period recorded: no trend yet.");
  }

  @Test
  void theBuilderRefusesToBuildWithoutAReportOrAConfiguration() {
    assertThatThrownBy(() -> HtmlReport.builder().system(read.value()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("validation report");
    assertThatThrownBy(() -> HtmlReport.builder().report(report).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("system or the national configuration");
    assertThatThrownBy(() -> HtmlReport.builder().report(null)).isInstanceOf(NullPointerException.class);
    assertThat(HtmlReport.libraryVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  private static SiiResult sii(Indicator indicator, String period) {
    List<SiiInput> rows = new ArrayList<>();
    for (IndicatorValue value : indicator.values()) {
      if (value.period().equals(period) && value.dimension().map(d -> d.isDeprivation()).orElse(false)) {
        rows.add(SiiInput.builder().area("a").quantile(Integer.parseInt(value.group().orElseThrow()))
            .population(value.denominator().orElseThrow().doubleValue()).value(value.value().doubleValue() / 100)
            .lowerLimit(value.lowerLimit().orElseThrow().doubleValue() / 100)
            .upperLimit(value.upperLimit().orElseThrow().doubleValue() / 100).build());
      }
    }
    return SlopeIndexOfInequality.calculate(rows, SiiOptions.builder().valueType(SiiValueType.PROPORTION)
        .transform(true).multiplier(100).intervalMethod(SiiIntervalMethod.NORMAL).parallel(false).build())
        .results().get(0);
  }

  private static List<String> facts(Element scope) {
    return scope.select("dl.facts > div").stream().map(div -> div.selectFirst("dt").text() + ": "
        + div.selectFirst("dd").text()).collect(Collectors.toList());
  }

  private static List<String> rows(Element table) {
    return table.select("tbody tr").eachText();
  }

  private static Element row(Element table, String name) {
    return table.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(name)).findFirst()
        .orElseThrow();
  }
}
