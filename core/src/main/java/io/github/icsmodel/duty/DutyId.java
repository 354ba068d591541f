package io.github.icsmodel.duty;

/** Placeholder replaced by the duty catalogue branch. */
public final class DutyId implements Comparable<DutyId> {
  private final String id;

  private DutyId(String id) {
    this.id = id;
  }

  /**
   * Parses.
   *
   * @param text text
   * @return id
   */
  public static DutyId of(String text) {
    return new DutyId(text);
  }

  @Override
  public int compareTo(DutyId o) {
    return id.compareTo(o.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DutyId && ((DutyId) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
