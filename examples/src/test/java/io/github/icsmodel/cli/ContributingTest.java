package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleCatalogue;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.RuleProvider;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule added the way CONTRIBUTING.md says reaches the tool and the rule catalogue with no further edit: a user's
 * rule through the {@link RuleProvider} service, and a built-in rule through the registry, which both
 * {@code ics rules} and {@code docs/rules.md} are made from.
 */
class ContributingTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  /** A rule as a contributor writes it: one class, its basis beside it. */
  static final class ContributedRule extends AbstractRule {
    ContributedRule() {
      super("local.contributed-example", Severity.WARNING,
          PolicyReference.of("Northshire ICB", "Standing orders, section 4", ""),
          "The board meets in public at least four times a year",
          "Record the board's public meetings.", null);
    }

    @Override
    public void check(RuleContext context) {}
  }

  /** The provider listed in META-INF/services, as docs/extending.md shows. */
  public static final class ContributedRules implements RuleProvider {
    /** Creates the provider; the service loader calls this. */
    public ContributedRules() {}

    @Override
    public List<Rule> rules() {
      return List.of(new ContributedRule());
    }
  }

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Ics.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void a_rule_registered_through_the_service_reaches_rules_explain_validate_and_the_catalogue(@TempDir Path jar)
      throws Exception {
    Path services = jar.resolve("META-INF/services/" + RuleProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, ContributedRules.class.getName() + "\n", StandardCharsets.UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);

      Run rules = run("rules", "--format", "csv", "--as-of", AS_OF.toString());
      Run explain = run("explain", "local.contributed-example", "--as-of", AS_OF.toString());

      assertThat(rules.exitCode()).isZero();
      assertThat(rules.out()).contains("local.contributed-example,warning,\"Northshire ICB, Standing orders,"
          + " section 4\",'-,The board meets in public at least four times a year");
      assertThat(explain.exitCode()).as(explain.err()).isZero();
      assertThat(explain.out()).contains("local.contributed-example (warning, system scope)",
          "Basis: Northshire ICB, Standing orders, section 4 (policy, not law)",
          "To fix: Record the board's public meetings.");
      assertThat(KnownRules.validated(AS_OF).find(new ContributedRule().id())).isPresent();
      assertThat(RuleCatalogue.toMarkdown(KnownRules.validated(AS_OF)))
          .contains("### `local.contributed-example`", "The board meets in public at least four times a year.");
    } finally {
      thread.setContextClassLoader(previous);
    }
    assertThat(run("rules", "--format", "csv", "--as-of", AS_OF.toString()).out())
        .doesNotContain("local.contributed-example");
  }

  @Test
  void every_rule_ics_rules_lists_is_documented_in_docs_rules_md_and_nothing_else() throws Exception {
    String document = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    List<String> documented = Pattern.compile("(?m)^### `([a-z0-9.-]+)`$").matcher(document).results()
        .map(match -> match.group(1)).toList();
    Run rules = run("rules", "--format", "csv", "--as-of", AS_OF.toString());

    List<String> listed = rules.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();

    assertThat(listed).hasSizeGreaterThan(90).containsExactlyInAnyOrderElementsOf(documented);
    assertThat(listed).containsExactlyElementsOf(KnownRules.listed(AS_OF).stream().map(r -> r.id().toString())
        .toList());
    assertThat(RuleSet.of(KnownRules.listed(AS_OF)).rules())
        .isEqualTo(EnglandReferenceRules.catalogue(AS_OF).rules());
  }

  @Test
  void everyFileTheGuideNamesExists() throws Exception {
    String guide = Files.readString(Path.of("..", "CONTRIBUTING.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher path = Pattern.compile("`([a-z][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)+\\.[a-z]+)`")
        .matcher(guide);
    List<String> named = new java.util.ArrayList<>();
    while (path.find()) {
      named.add(path.group(1));
    }
    assertThat(named)
        .contains("core/src/main/java/io/github/icsmodel/validation/icp/StrategyRevisionConsideredRule.java");
    assertThat(named).allSatisfy(file -> assertThat(Path.of("..", file)).as(file).exists());
  }
}
