package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.NoQuotation;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.local.LocalRules;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry is complete: every class implementing {@link Rule} under {@code io.github.icsmodel.validation} that
 * can be instantiated is reachable from it, and every rule it holds is complete (a basis, a summary, a remedy, and a
 * quotation or a stated reason for none). A rule class written but not added to its family's list fails here.
 */
class RuleRegistryTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);

  /**
   * Every rule reachable from the registry: the catalogue of England's rules, and the rules the API builds from a
   * source the user supplies ({@link LocalRules#remunerationCommittee}, {@link LocalRules#disqualification}), which are
   * not built in because the library holds no source for them.
   */
  private static List<Rule> reachable() {
    PolicyReference users = PolicyReference.of("An ICB", "Its constitution", "");
    List<Rule> rules = new ArrayList<>(EnglandReferenceRules.catalogue(AS_OF).rules());
    rules.addAll(LocalRules.remunerationCommittee(users).rules());
    rules.addAll(LocalRules.disqualification("board.disqualified-local", users, "a director", "director").rules());
    return rules;
  }

  /** The names of the classes under io.github.icsmodel.validation in the core module, from its jar or directory. */
  private static List<String> validationClasses() throws Exception {
    URI location = Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(location);
    if (Files.isDirectory(root)) {
      return classNames(root);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
      return classNames(jar.getPath("/"));
    }
  }

  private static List<String> classNames(Path root) throws IOException {
    Path base = root.resolve("io/github/icsmodel/validation");
    try (Stream<Path> files = Files.walk(base)) {
      return files.map(path -> root.relativize(path).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
              && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void every_concrete_rule_class_under_validation_is_reachable_from_the_registry() throws Exception {
    Set<String> registered = reachable().stream().map(rule -> rule.getClass().getName())
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> concrete = new ArrayList<>();
    for (String name : validationClasses()) {
      Class<?> type = Class.forName(name, false, Rule.class.getClassLoader());
      if (Rule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
        concrete.add(name);
      }
    }

    String revisionConsidered = reachable().stream()
        .filter(rule -> rule.id().toString().equals("icp.strategy-revision-considered")).findFirst().orElseThrow()
        .getClass().getName();
    assertThat(concrete).as("rule classes found").hasSizeGreaterThan(50).contains(revisionConsidered);
    assertThat(registered).as("a rule class not in its family's list (or in BuiltInRules.families)")
        .containsAll(concrete);
  }

  @Test
  void every_rule_has_a_basis_a_summary_a_remedy_and_a_quotation_or_a_reason_for_none() {
    for (Rule rule : reachable()) {
      assertThat(rule.basis()).as("%s basis", rule.id()).isNotNull();
      assertThat(rule.summary()).as("%s summary", rule.id()).isNotBlank();
      assertThat(rule.remedy()).as("%s remedy", rule.id()).isNotBlank();
    }
    // The rules built from a user's source quote nothing: the library does not hold the source. The built-in ones:
    for (Rule rule : EnglandReferenceRules.catalogue(AS_OF).rules()) {
      assertThat(rule.basis()).as("%s basis", rule.id()).isNotNull();
      assertThat(rule.basis().citation()).as("%s basis", rule.id()).isNotBlank();
      assertThat(rule.summary()).as("%s summary", rule.id()).isNotBlank();
      assertThat(rule.remedy()).as("%s remedy", rule.id()).isNotBlank();
      NoQuotation none = rule.getClass().getAnnotation(NoQuotation.class);
      if (rule.quotation().isPresent()) {
        assertThat(rule.quotation().get()).as("%s quotation", rule.id()).isNotBlank();
        assertThat(none).as("%s quotes a text and says it has none", rule.id()).isNull();
      } else {
        assertThat(none).as("%s quotes nothing: annotate its class @NoQuotation(\"why\")", rule.id()).isNotNull();
        assertThat(none.value()).as("%s reason for no quotation", rule.id()).isNotBlank();
      }
    }
  }
}
