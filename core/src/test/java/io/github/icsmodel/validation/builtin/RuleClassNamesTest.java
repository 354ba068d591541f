package io.github.icsmodel.validation.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.england.EnglandRules;
import io.github.icsmodel.validation.local.LocalRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One naming rule for rule classes: a concrete rule class is named after its rule id, the PascalCase of the id's
 * local part and {@code Rule} (board.chair-count: {@code ChairCountRule} in the board package); where the id's
 * namespace is not the family its package holds (committee rules among the board rules), the namespace leads
 * (committee.independence: {@code CommitteeIndependenceRule}). An abstract rule class is a template and ends in
 * {@code Template}. Neither is public: the family's {@code XxxRules} class is the way in.
 */
class RuleClassNamesTest {
  /** The id namespace each rule package holds, where it differs from the package's name. */
  private static final Map<String, String> NAMESPACES = Map.of("plans", "plan", "duties", "duty", "purposes",
      "purpose");
  private static final String ROOT = "io.github.icsmodel.validation.";

  private static List<Rule> everyRule() {
    List<Rule> rules = new ArrayList<>(RuleSet.all().rules());
    rules.addAll(EnglandRules.rules(Set.of(GssCode.of("E06000901"))));
    PolicyReference source = PolicyReference.of("NHS Example ICB", "Constitution", "2024-04");
    rules.addAll(LocalRules.remunerationCommittee(source).rules());
    return rules;
  }

  static String expectedName(Rule rule) {
    String id = rule.id().toString();
    String namespace = id.substring(0, id.indexOf('.'));
    String local = id.substring(id.indexOf('.') + 1);
    String packageName = rule.getClass().getPackageName().substring(ROOT.length());
    String family = NAMESPACES.getOrDefault(packageName, packageName);
    return pascal(namespace.equals(family) ? local : namespace + "-" + local) + "Rule";
  }

  private static String pascal(String words) {
    return Stream.of(words.split("-"))
        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
        .collect(Collectors.joining());
  }

  @Test
  void every_concrete_rule_class_is_named_after_its_id() {
    Map<String, String> wrong = new HashMap<>();
    for (Rule rule : everyRule()) {
      if (!rule.getClass().getSimpleName().equals(expectedName(rule))) {
        wrong.put(rule.id().toString(), rule.getClass().getName());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_naming_rule_reads_ids_as_the_issue_gives_them() {
    Rule vacancy = RuleSet.all().find(io.github.icsmodel.validation.RuleId.of("board.vacancy")).orElseThrow();
    assertThat(vacancy.getClass().getSimpleName()).isEqualTo("VacancyRule").isEqualTo(expectedName(vacancy));
    Rule under25s = RuleSet.all().find(io.github.icsmodel.validation.RuleId.of("plan.jfp-under-25s")).orElseThrow();
    assertThat(expectedName(under25s)).isEqualTo("JfpUnder25sRule");
    Rule committee = RuleSet.all().find(io.github.icsmodel.validation.RuleId.of("committee.independence"))
        .orElseThrow();
    assertThat(expectedName(committee)).isEqualTo("CommitteeIndependenceRule");
  }

  @Test
  void rule_classes_are_package_private_templates_are_abstract_and_every_concrete_one_is_named_by_an_instance()
      throws Exception {
    Set<Class<?>> instantiated = everyRule().stream().map(Object::getClass).collect(Collectors.toSet());
    List<Class<?>> ruleClasses = ruleClassesOnDisk();
    assertThat(ruleClasses).hasSizeGreaterThan(100);
    for (Class<?> type : ruleClasses) {
      assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type.getName()).isFalse();
      if (Modifier.isAbstract(type.getModifiers())) {
        assertThat(type.getSimpleName()).as("abstract %s", type.getName()).endsWith("Template");
      } else if (!type.getName().equals(ROOT + "local.DisqualificationGroundRule")) {
        // The one rule whose id is the user's: LocalRules.disqualification(id, ...).
        assertThat(type.getSimpleName()).as(type.getName()).endsWith("Rule");
        assertThat(instantiated).as("%s is among the rules whose names are checked", type.getName())
            .contains(type);
      }
    }
  }

  /** Every top-level class implementing {@link Rule} in the validation packages below {@code validation}. */
  private static List<Class<?>> ruleClassesOnDisk() throws URISyntaxException, ClassNotFoundException {
    Path root = Path.of(RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path validation = root.resolve("io/github/icsmodel/validation");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(validation)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!relative.endsWith(".class") || relative.contains("$") || file.getParent().equals(validation)
            || relative.endsWith("package-info.class") || relative.endsWith("module-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        if (Rule.class.isAssignableFrom(type)) {
          found.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
