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
 * {@code Immutable*} type; builders and copy methods are reached through the public type.
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
