package io.github.icsmodel.extension;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Local data attached to an entity, in the shape of a JSON object, that the library carries but does not
 * interpret: a local reference number, a link to a board paper, a flag a dashboard uses.
 *
 * <p>The values are JSON values as plain immutable Java objects: {@link String}, {@link BigDecimal} (every
 * number, so nothing is rounded), {@link Boolean}, {@link #NULL} (JSON null), {@link List} of values (a Guava
 * {@code ImmutableList}), and {@link Map} from {@code String} to values (a Guava {@code ImmutableMap}, in its
 * original order). Anything else is refused. Equality is structural, so extensions read from a file, written
 * and read again are equal.
 */
public final class Extensions {
  /** The JSON {@code null} value inside extensions. */
  public static final Object NULL = JsonNull.INSTANCE;

  private static final Extensions EMPTY = new Extensions(ImmutableMap.of());

  private final ImmutableMap<String, Object> values;

  private Extensions(ImmutableMap<String, Object> values) {
    this.values = values;
  }

  /**
   * Returns extensions with no entries.
   *
   * @return the empty extensions
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Obtains extensions from a map of JSON values, copying it deeply into immutable collections.
   *
   * @param values the entries; see the class description for the value types allowed
   * @return the extensions
   * @throws InvalidValueException if a value is of a type that is not a JSON value
   */
  public static Extensions of(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      return EMPTY;
    }
    @SuppressWarnings("unchecked")
    ImmutableMap<String, Object> copy = (ImmutableMap<String, Object>) copyValue(values, "");
    return new Extensions(copy);
  }

  private static Object copyValue(Object value, String path) {
    if (value == null || value == NULL) {
      return NULL;
    }
    if (value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Map) {
      ImmutableMap.Builder<String, Object> builder = ImmutableMap.builder();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new InvalidValueException("extensions" + path + ": object keys must be strings");
        }
        String key = (String) entry.getKey();
        builder.put(key, copyValue(entry.getValue(), path + "/" + key));
      }
      return builder.buildOrThrow();
    }
    if (value instanceof List) {
      ImmutableList.Builder<Object> builder = ImmutableList.builder();
      int index = 0;
      for (Object element : (List<?>) value) {
        builder.add(copyValue(element, path + "/" + index++));
      }
      return builder.build();
    }
    throw new InvalidValueException(
        "extensions" + path + ": " + value.getClass().getSimpleName() + " is not a JSON value"
            + " (use String, BigDecimal, Boolean, List, Map or Extensions.NULL)");
  }

  /**
   * Returns the entries, in their original order.
   *
   * @return an immutable map of JSON values
   */
  public Map<String, Object> values() {
    return values;
  }

  /**
   * Returns whether there are no entries.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Extensions && ((Extensions) obj).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Extensions" + values;
  }

  private enum JsonNull {
    INSTANCE;

    @Override
    public String toString() {
      return "null";
    }
  }
}
