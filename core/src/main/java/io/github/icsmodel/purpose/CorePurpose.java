package io.github.icsmodel.purpose;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * One of the four core purposes of an integrated care system, as NHS England states them: the aims the system
 * exists to achieve.
 *
 * <p>The purposes are NHS England policy, not law. NHS England has worded them differently from one document to
 * the next; {@link #wording()} gives the canonical wording of this library, from NHS England and NHS
 * Improvement's <em>Interim guidance on the functions and governance of the integrated care board</em> (August
 * 2021): "They exist to achieve four aims: 1. improve outcomes in population health and healthcare 2. tackle
 * inequalities in outcomes, experience and access 3. enhance productivity and value for money 4. help the NHS
 * support broader social and economic development." {@link #wording(PurposeWordingSource)} gives each other
 * published wording verbatim. The wording in <em>Integrating care</em> (2020) and in the <em>ICS design
 * framework</em> (June 2021) could not be confirmed and is not held (see {@link PurposeWordingSource}).
 *
 * <p>NHS England assesses integrated care boards against the purposes: its annual assessment for 2023/24 asked
 * "How has the ICB contributed to each of the 4 core purposes of an ICS?".
 *
 * <p>Each constant has a stable lower-case kebab-case {@link #jsonName() name}, read back by {@link #of(String)}.
 */
public enum CorePurpose {
  /**
   * Aim 1: "improve outcomes in population health and healthcare". JSON name
   * {@code improve-population-health-and-healthcare}.
   */
  IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE("improve-population-health-and-healthcare"),
  /** Aim 2: "tackle inequalities in outcomes, experience and access". JSON name {@code tackle-inequalities}. */
  TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS("tackle-inequalities"),
  /**
   * Aim 3: "enhance productivity and value for money". JSON name
   * {@code enhance-productivity-and-value-for-money}.
   */
  ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY("enhance-productivity-and-value-for-money"),
  /**
   * Aim 4: "help the NHS support broader social and economic development". JSON name
   * {@code support-broader-social-and-economic-development}.
   */
  SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT("support-broader-social-and-economic-development");

  private static final ImmutableMap<String, CorePurpose> BY_JSON_NAME =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(CorePurpose::jsonName, Function.identity()));

  private final String jsonName;

  CorePurpose(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Obtains a purpose from its {@link #jsonName() kebab-case name}.
   *
   * @param jsonName the name, such as {@code "tackle-inequalities"}
   * @return the purpose
   * @throws InvalidValueException if no purpose has that name; the message lists the valid names
   * @throws NullPointerException if jsonName is null
   */
  public static CorePurpose of(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    CorePurpose purpose = BY_JSON_NAME.get(jsonName);
    if (purpose == null) {
      throw new InvalidValueException(
          "unknown core purpose \"" + jsonName + "\"; expected one of: " + String.join(", ", BY_JSON_NAME.keySet()));
    }
    return purpose;
  }

  /**
   * Returns the stable lower-case kebab-case name by which the JSON format writes this purpose.
   *
   * @return the name, such as {@code "improve-population-health-and-healthcare"}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the number of this aim in NHS England's lists, 1 to 4. Every published wording lists the purposes in
   * the same order.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Returns the canonical wording of this purpose, verbatim from NHS England and NHS Improvement's <em>Interim
   * guidance on the functions and governance of the integrated care board</em> (August 2021), such as "tackle
   * inequalities in outcomes, experience and access".
   *
   * @return the canonical wording
   */
  public String wording() {
    return wording(PurposeWordingSource.INTERIM_ICB_GUIDANCE_2021);
  }

  /**
   * Returns the wording of this purpose in a given published document, verbatim, such as "tackle unequal access,
   * experience and outcomes" from <em>Working together at scale</em> (August 2021).
   *
   * @param source the document
   * @return the wording, without list numbering or punctuation between items
   * @throws NullPointerException if source is null
   */
  public String wording(PurposeWordingSource source) {
    Objects.requireNonNull(source, "source");
    return source.wordings().get(ordinal());
  }
}
