package io.github.icsmodel.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.report.html.internal.SafeHtmlOutput;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzz target for the page: whatever the strings of a configuration and a report hold (names, posts, indicator
 * names and sources, findings' messages and paths), the page has the same elements and attributes as with harmless
 * strings, and each string comes back, as text, from the element that shows it: none escapes its text node.
 */
class HtmlReportFuzzTest {
  private static final IntegratedCareSystem BASE = IcsJson.reader().readSystem(Pages.WITH_TREND).value();

  @FuzzTest(maxDuration = "10m")
  void page(FuzzedDataProvider data) {
    String[] strings = new String[6];
    for (int i = 0; i < strings.length; i++) {
      // A leading letter: a blank name is refused by the model, not a case for the page.
      strings[i] = "a" + data.consumeString(200);
    }
    Document hostile;
    Document harmless;
    try {
      hostile = Jsoup.parse(page(strings));
      harmless = Jsoup.parse(page(new String[] {"a0", "a1", "a2", "a3", "a4", "a5"}));
    } catch (InvalidValueException e) {
      return;
    }
    assertThat(shape(hostile)).isEqualTo(shape(harmless));
    assertThat(hostile.getElementById("system-title").wholeText()).isEqualTo(text(strings[0]));
    assertThat(hostile.select("#system-board ~ div table tbody th").eachText()).contains(normalised(strings[1]));
    assertThat(hostile.select("li.finding .message").first().wholeText()).isEqualTo(text(strings[2]));
    assertThat(hostile.select("li.finding .finding-meta code").first().wholeText())
        .isEqualTo(text(JsonPointer.root().property(strings[3]).toString()));
    assertThat(hostile.select("article.indicator h4").first().wholeText()).isEqualTo(text(strings[4]));
    assertThat(hostile.select("#system-icp ~ ul li").eachText()).anyMatch(t -> t.startsWith(normalised(strings[5])));
  }

  private static String page(String[] strings) {
    IntegratedCareSystem system = BASE.withName(strings[0]);
    List<BoardMember> members = new ArrayList<>(system.icb().board().members());
    members.set(0, members.get(0).withName(strings[1]));
    system = system.withIcb(system.icb().withBoard(system.icb().board().withMembers(members)));
    List<Indicator> indicators = new ArrayList<>(system.indicators());
    indicators.set(0, indicators.get(0).withName(strings[4]));
    IntegratedCarePartnership icp = system.icp().orElseThrow();
    List<IcpMember> icpMembers = new ArrayList<>(icp.members());
    icpMembers.set(0, icpMembers.get(0).withName(strings[5]));
    system = system.withIndicators(indicators).withIcp(icp.withMembers(icpMembers));
    Finding finding = Finding.builder().ruleId(RuleId.of("board.chair-count")).severity(Severity.ERROR)
        .path(JsonPointer.root().property(strings[3])).message(strings[2])
        .basis(PolicyReference.of("NHS England", "Guidance", "")).build();
    ValidationReport report = ValidationReport.of(Pages.AS_OF, List.of(finding));
    return HtmlReport.builder().report(report).system(system).libraryVersion("fuzz").build().render();
  }

  /** Every element's name and attribute names, counted: what a string that escaped would change. */
  private static Map<String, Integer> shape(Document page) {
    Map<String, Integer> shape = new TreeMap<>();
    for (Element element : page.getAllElements()) {
      StringBuilder key = new StringBuilder(element.tagName());
      element.attributes().asList().stream().map(a -> a.getKey()).sorted().forEach(k -> key.append(' ').append(k));
      shape.merge(key.toString(), 1, Integer::sum);
    }
    return shape;
  }

  /** The text the parser gives back for a string the page wrote. */
  private static String text(String string) {
    return SafeHtmlOutput.clean(string).replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The same, with white space collapsed as jsoup's text() does. */
  private static String normalised(String string) {
    return text(string).replaceAll("[ \\t\\n\\f]+", " ").strip();
  }
}
