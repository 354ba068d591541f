package io.github.icsmodel.json;

import io.github.icsmodel.validation.JsonPointer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each part of a document was found in its source: for every object, array, property and array element that
 * the reader interpreted, the line and column at which it starts (the property's name, for a property).
 *
 * <p>A validation finding carries a {@link JsonPointer}; this index turns it into a line and column in the file the
 * configuration came from, so that a report can point at the text. Content the reader skipped (the inside of an
 * {@code extensions} object, an unknown property's value in a lenient read) is not indexed; {@link #nearest} then
 * gives the closest enclosing element that is.
 */
public final class SourceLocations {
  private final String source;
  private final LocationIndex index;

  SourceLocations(String source, LocationIndex index) {
    this.source = source;
    this.index = index;
  }

  static long pack(int line, int column) {
    return ((long) Math.max(line, 1) << 32) | Math.max(column, 1);
  }

  private SourceLocation unpack(long packed) {
    return SourceLocation.of(Optional.ofNullable(source), (int) (packed >>> 32), (int) packed);
  }

  /**
   * Returns where the element a pointer names starts, if the reader saw it.
   *
   * @param pointer a pointer into the document
   * @return the location, or empty if the document has no such element or it was not indexed
   */
  public Optional<SourceLocation> find(JsonPointer pointer) {
    long packed = index.find(pointer.tokens());
    return packed < 0 ? Optional.empty() : Optional.of(unpack(packed));
  }

  /**
   * Returns where the element a pointer names starts or, if the reader did not see it (a missing property, say),
   * where its closest indexed ancestor starts. The whole document is always indexed.
   *
   * @param pointer a pointer into the document
   * @return the location of the element or of its nearest indexed ancestor
   */
  public SourceLocation nearest(JsonPointer pointer) {
    List<String> tokens = pointer.tokens();
    for (int length = tokens.size(); length >= 0; length--) {
      long packed = index.find(tokens.subList(0, length));
      if (packed >= 0) {
        return unpack(packed);
      }
    }
    return SourceLocation.of(Optional.ofNullable(source), 1, 1);
  }

  /**
   * Returns how many elements are indexed.
   *
   * @return the number of pointers with a location
   */
  public int size() {
    return index.size();
  }
}
