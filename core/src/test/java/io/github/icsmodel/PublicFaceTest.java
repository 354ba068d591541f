package io.github.icsmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.validation.Finding;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #12 item 3: users see {@code BoardMember} and {@code BoardMember.Builder}, never a generated
 * {@code Immutable*} type; builders and copy methods are reached through the public type. Issue #23 item 2: in the
 * rule packages the module does not export, only the entry points other packages use are public.
 */
class PublicFaceTest {

  private static List<Class<?>> generated() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(IcsStyle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.matches(".*/(Immutable|With)[A-Z][A-Za-z]*\\.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    }
    List<Class<?>> types = new java.util.ArrayList<>();
    for (String name : names) {
      types.add(Class.forName(name));
    }
    return types;
  }

  @Test
  void noGeneratedTypeIsPublic() throws Exception {
    List<Class<?>> generated = generated();

    assertThat(generated).as("the generated implementations and copy interfaces").hasSizeGreaterThan(50);
    assertThat(generated).allSatisfy(type ->
        assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse());
  }

  @Test
  void everyValueTypeHasAPublicNestedBuilderWhoseMethodsReturnIt() throws Exception {
    for (Class<?> implementation : generated()) {
      if (!implementation.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> value = implementation.getSuperclass();
      Method builder = value.getMethod("builder");
      Class<?> builderType = builder.getReturnType();

      assertThat(builderType.getName()).isEqualTo(value.getName() + "$Builder");
      assertThat(Modifier.isPublic(builderType.getModifiers())).as(builderType.getName()).isTrue();
      assertThat(builderType.getMethod("build").getReturnType()).as(value.getName()).isEqualTo(value);
      for (Method method : builderType.getMethods()) {
        if (method.getDeclaringClass() != Object.class && !method.getName().equals("build")) {
          assertThat(method.getReturnType()).as("%s.%s", builderType.getName(), method.getName())
              .isEqualTo(builderType);
        }
      }
    }
  }

  /**
   * The public classes of the rule packages that the module does not export: each family's entry point, which
   * {@code BuiltInRules} (and {@code Coverage}) read, and the two helpers other rule packages share. Rule classes,
   * templates and the rest of each family's helpers are package-private.
   */
  private static final java.util.Set<String> PUBLIC_IN_UNEXPORTED_RULE_PACKAGES = java.util.Set.of(
      "area.IcbArea", "board.BoardRules", "builtin.BuiltInRules", "cluster.ClusterRules",
      "constitution.ConstitutionRules", "cooperation.CooperationRules", "duties.DutyRules", "duties.IcbDuties",
      "england.EnglandRules", "icb.IcbRules", "icp.IcpRules", "inequality.InequalityRules",
      "interest.InterestRules", "plans.PlanRules", "purposes.PurposeRules", "structure.StructureRules");

  @Test
  void onlyTheFamiliesEntryPointsArePublicInTheUnexportedRulePackages() throws Exception {
    Path classes = Path.of(IcsStyle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path validation = classes.resolve("io/github/icsmodel/validation");
    List<String> publicNames = new java.util.ArrayList<>();
    int seen = 0;
    try (Stream<Path> files = Files.walk(validation)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = validation.relativize(file).toString().replace('\\', '/');
        if (!name.endsWith(".class") || !name.contains("/") || name.startsWith("local/") || name.contains("$")
            || name.endsWith("package-info.class")) {
          continue;
        }
        String shortName = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        seen++;
        if (Modifier.isPublic(Class.forName("io.github.icsmodel.validation." + shortName).getModifiers())) {
          publicNames.add(shortName);
        }
      }
    }
    assertThat(seen).as("classes in the rule packages").isGreaterThan(100);
    assertThat(publicNames).containsExactlyInAnyOrderElementsOf(PUBLIC_IN_UNEXPORTED_RULE_PACKAGES);
  }

  @Test
  void buildersAndCopyMethodsWorkThroughThePublicType() {
    BoardMember.Builder builder = BoardMember.builder().id(LocalId.of("chair")).name("A. Chair");
    BoardMember chair = builder.role(MemberRole.CHAIR).build();

    BoardMember renamed = chair.withName("B. Chair");

    assertThat(renamed.name()).isEqualTo("B. Chair");
    assertThat(renamed).isNotEqualTo(chair).isInstanceOf(BoardMember.class);
    assertThat(BoardMember.builder().from(renamed).name("A. Chair").build()).isEqualTo(chair);
    assertThat(Finding.builder()).isInstanceOf(Finding.Builder.class);
  }
}
