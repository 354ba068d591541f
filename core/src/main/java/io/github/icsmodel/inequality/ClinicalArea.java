package io.github.icsmodel.inequality;

import java.util.Objects;

/**
 * One of the five clinical areas of Core20PLUS5, with NHS England's wording.
 *
 * @param number the area's number, 1 to 5
 * @param name the short name, such as "Maternity"
 * @param wording NHS England's wording of the area, verbatim
 */
public record ClinicalArea(int number, String name, String wording) {
  /**
   * Creates a clinical area.
   *
   * @param number the number
   * @param name the name
   * @param wording the wording
   */
  public ClinicalArea {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(wording, "wording");
  }
}
