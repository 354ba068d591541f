package io.github.icsmodel.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.structure.ModelReferences.Owner;
import io.github.icsmodel.validation.structure.ModelReferences.Reference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The model's description of its references is complete: every attribute of a type reachable from
 * {@link IntegratedCareSystem} that is typed {@code LocalId}, {@code Optional<LocalId>} or a collection of them is
 * either a declared reference (and so checked by {@code structure.references-resolve}) or declared not to be one.
 * Adding a reference to the model without declaring it fails here.
 */
class ModelReferencesTest {

  /**
   * {@code Type.accessor} for every public accessor typed by {@code LocalId} (attributes, defaults and derived
   * values alike) of every model type reachable from root through accessors.
   */
  static Set<String> localIdAttributes(Class<?> root) {
    Set<String> found = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      Class<?> type = queue.remove();
      if (!seen.add(type)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0 || method.isBridge()
            || method.getDeclaringClass() == Object.class) {
          continue;
        }
        Type returned = method.getGenericReturnType();
        if (isLocalIds(returned)) {
          found.add(type.getSimpleName() + "." + method.getName());
        }
        for (Class<?> next : modelTypes(returned)) {
          queue.add(next);
        }
      }
    }
    return found;
  }

  private static boolean isLocalIds(Type type) {
    if (type == LocalId.class) {
      return true;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Class<?> raw = (Class<?>) parameterized.getRawType();
      return (raw == Optional.class || Collection.class.isAssignableFrom(raw))
          && parameterized.getActualTypeArguments()[0] == LocalId.class;
    }
    return false;
  }

  /** The model types a return type holds: itself, or the elements of an Optional or collection. */
  private static List<Class<?>> modelTypes(Type type) {
    if (type instanceof Class<?>) {
      Class<?> c = (Class<?>) type;
      return c.getName().startsWith("io.github.icsmodel.") && Modifier.isAbstract(c.getModifiers())
          && !c.isInterface() ? List.of(c) : List.of();
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
        return modelTypes(parameterized.getActualTypeArguments()[0]);
      }
    }
    return List.of();
  }

  static Set<String> declared() {
    Set<String> declared = new TreeSet<>();
    for (Owner<?> owner : ModelReferences.OWNERS) {
      for (Reference<?> reference : owner.references()) {
        declared.add(owner.type().getSimpleName() + "." + reference.property());
      }
    }
    return declared;
  }

  static boolean notAReference(String attribute) {
    return ModelReferences.NOT_REFERENCES.containsKey(attribute) || attribute.endsWith(".id");
  }

  @Test
  void every_local_id_attribute_of_the_model_is_a_declared_reference_or_declared_not_to_be_one() {
    Set<String> uncovered = new TreeSet<>();
    for (String attribute : localIdAttributes(IntegratedCareSystem.class)) {
      if (!declared().contains(attribute) && !notAReference(attribute)) {
        uncovered.add(attribute);
      }
    }

    assertThat(uncovered).as("declare each in ModelReferences.OWNERS (or NOT_REFERENCES, with a reason)").isEmpty();
  }

  @Test
  void every_declared_reference_is_an_attribute_of_the_model() {
    assertThat(localIdAttributes(IntegratedCareSystem.class)).containsAll(declared());
    assertThat(declared()).hasSize(24);
  }

  @Test
  void every_exception_names_an_attribute_and_gives_a_reason() {
    Set<String> attributes = localIdAttributes(IntegratedCareSystem.class);
    for (Map.Entry<String, String> entry : ModelReferences.NOT_REFERENCES.entrySet()) {
      if (!entry.getKey().startsWith("*.")) {
        assertThat(attributes).contains(entry.getKey());
      }
      assertThat(entry.getValue()).isNotBlank();
    }
  }

  /** A model type with one reference the description does not know: the check above would name it. */
  abstract static class Unknown {
    public abstract LocalId id();

    public abstract Optional<LocalId> sponsor();

    public abstract List<Unknown> children();
  }

  @Test
  void an_undeclared_reference_would_be_found() {
    assertThat(localIdAttributes(Unknown.class)).containsExactly("Unknown.id", "Unknown.sponsor");
    assertThat(notAReference("Unknown.sponsor")).isFalse();
    assertThat(declared()).doesNotContain("Unknown.sponsor");
  }
}
