package io.github.icsmodel.identifier;

import io.github.icsmodel.InvalidValueException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Checks on collections of things identified by {@link LocalId}. */
public final class LocalIds {
  private LocalIds() {}

  /**
   * Checks that no two elements of a list share an id, in time linear in the list's size.
   *
   * @param <T> the element type
   * @param elements the elements
   * @param id how to get an element's id
   * @param what what the list holds, for the message, such as "board members"
   * @throws InvalidValueException naming the first repeated id
   */
  public static <T> void requireUnique(Iterable<T> elements, Function<? super T, LocalId> id, String what) {
    Set<LocalId> seen = new HashSet<>();
    for (T element : elements) {
      LocalId key = id.apply(element);
      if (!seen.add(key)) {
        throw new InvalidValueException(what + ": the id \"" + key + "\" is used twice");
      }
    }
  }
}
