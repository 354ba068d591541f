package io.github.icsmodel.report.html;

import gg.jte.output.StringOutput;
import io.github.icsmodel.json.SourceLocations;
import io.github.icsmodel.report.html.internal.PageModel;
import io.github.icsmodel.report.html.internal.SafeHtmlOutput;
import io.github.icsmodel.report.html.internal.View;
import io.github.icsmodel.report.html.template.JtepageGenerated;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The board's report: one self-contained HTML page on a {@link ValidationReport} and the system or national
 * configuration it is about, for a board pack, a governance lead or an inequalities lead.
 *
 * <p>The page has a header (the system, the ICB's name and codes, the as-of date, the rule set and the library's
 * version); a summary (counts by severity and by kind: law, law not shown, policy, advice); what the rules do not
 * check; the findings grouped by area and ordered by severity, rule and location, each with its message, the
 * provision quoted verbatim where the library holds it, its basis and its line and column in the file; the board
 * as a table of people and seats, with terms ending within six months of the as-of date marked; the integrated care
 * partnership's members by appointing body; and, for each inequality indicator, its limb of s.14Z35 of the NHS Act
 * 2006, its values by deprivation group with their limits, the slope and relative indices of inequality with
 * theirs, the Core20 gap and the trend, drawn as inline SVG charts with the numbers in a table beside each. A
 * national configuration gives one page with a section per system and an England summary.
 *
 * <p>The page loads nothing (a Content-Security-Policy forbids it), needs no JavaScript, prints on A4, follows the
 * reader's dark or light preference, escapes every string from the configuration, and is the same byte for byte for
 * the same input: the only date on it is the report's as-of date. {@code docs/report.md} describes it.
 *
 * <pre>{@code
 * ValidationReport report = Validator.of(RuleSet.all()).validate(system, asOf);
 * String page = HtmlReport.builder().report(report).system(system).build().render();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HtmlReport {
  private static final String VERSION = readVersion();

  private final ValidationReport report;
  private final Optional<IntegratedCareSystem> system;
  private final Optional<NationalConfiguration> national;
  private final Optional<SourceLocations> locations;
  private final Map<RuleId, Rule> rules;
  private final String ruleSetName;
  private final String libraryVersion;

  private HtmlReport(Builder builder) {
    this.report = builder.report;
    this.system = Optional.ofNullable(builder.system);
    this.national = Optional.ofNullable(builder.national);
    this.locations = Optional.ofNullable(builder.locations);
    this.rules = Map.copyOf(builder.rules);
    this.ruleSetName = builder.ruleSetName;
    this.libraryVersion = builder.libraryVersion;
  }

  /**
   * Returns a builder. A report and either a system or a national configuration are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the version of this library, as the page gives it by default.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public static String libraryVersion() {
    return VERSION;
  }

  /**
   * Writes the page.
   *
   * @return the HTML document, ending with a newline
   */
  public String render() {
    View.Page page = page();
    StringOutput output = new StringOutput(256 * 1024);
    JtepageGenerated.render(new SafeHtmlOutput(output), null, page);
    return output.toString();
  }

  /**
   * Writes the page to an appendable, such as a {@link java.io.Writer}.
   *
   * @param out where to write; not closed
   * @throws IOException if the appendable cannot be written
   */
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(render());
  }

  private View.Page page() {
    PageModel model = new PageModel(report, locations, rules, ruleSetName, libraryVersion);
    return national.isPresent() ? model.page(national.get()) : model.page(system.get());
  }

  private static String readVersion() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        return "unknown";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "HtmlReport[" + national.map(n -> n.systems().size() + " systems")
        .orElseGet(() -> system.get().name()) + ", as of " + report.asOf() + "]";
  }

  /** Builds an {@link HtmlReport}; not thread-safe. */
  public static final class Builder {
    private ValidationReport report;
    private IntegratedCareSystem system;
    private NationalConfiguration national;
    private SourceLocations locations;
    private final Map<RuleId, Rule> rules = new HashMap<>();
    private String ruleSetName = "all";
    private String libraryVersion = VERSION;

    private Builder() {
      RuleSet.all().rules().forEach(rule -> rules.put(rule.id(), rule));
    }

    /**
     * Sets the validation report. Its as-of date is the page's: one date decides everything on it.
     *
     * @param report the report
     * @return this builder
     */
    public Builder report(ValidationReport report) {
      this.report = Objects.requireNonNull(report, "report");
      return this;
    }

    /**
     * Sets the system the report is about (instead of a national configuration).
     *
     * @param system the system
     * @return this builder
     */
    public Builder system(IntegratedCareSystem system) {
      this.system = Objects.requireNonNull(system, "system");
      this.national = null;
      return this;
    }

    /**
     * Sets the national configuration the report is about (instead of a system).
     *
     * @param national the configuration
     * @return this builder
     */
    public Builder national(NationalConfiguration national) {
      this.national = Objects.requireNonNull(national, "national");
      this.system = null;
      return this;
    }

    /**
     * Sets where the configuration's elements are in its file, so that each finding gives its line and column.
     * Without it findings give only their JSON Pointer.
     *
     * @param locations the source locations, from {@link io.github.icsmodel.json.ReadResult#locations()}
     * @return this builder
     */
    public Builder locations(SourceLocations locations) {
      this.locations = Objects.requireNonNull(locations, "locations");
      return this;
    }

    /**
     * Adds rules whose quotations of the law the page gives beside their findings (the built-in rules are known
     * already; add those of other providers, such as the England reference-data rules).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(Iterable<? extends Rule> rules) {
      Objects.requireNonNull(rules, "rules").forEach(rule -> this.rules.put(rule.id(), rule));
      return this;
    }

    /**
     * Sets the name of the rule set the report was made with, as the header gives it (default {@code all}).
     *
     * @param name the name, such as {@code statutory}
     * @return this builder
     */
    public Builder ruleSetName(String name) {
      this.ruleSetName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the version the header gives (default {@link HtmlReport#libraryVersion()}).
     *
     * @param version the version
     * @return this builder
     */
    public Builder libraryVersion(String version) {
      this.libraryVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalStateException if the validation report, or both the system and the national configuration,
     *     are missing
     */
    public HtmlReport build() {
      if (report == null) {
        throw new IllegalStateException("an HtmlReport needs the validation report");
      }
      if (system == null && national == null) {
        throw new IllegalStateException("an HtmlReport needs the system or the national configuration the"
            + " validation report is about");
      }
      return new HtmlReport(this);
    }
  }
}
