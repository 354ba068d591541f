package io.github.icsmodel.purpose;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.PolicyReference;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A published document that words the four core purposes of an integrated care system. NHS England has worded
 * the purposes differently from one document to the next; each constant holds one document's wording of each
 * {@link CorePurpose}, verbatim (see {@link CorePurpose#wording(PurposeWordingSource)}).
 *
 * <p>The purposes are policy, not law: the Health and Care Act 2022 does not state them. The canonical wording of
 * this library is that of {@link #INTERIM_ICB_GUIDANCE_2021}, which is also the form most widely reused.
 *
 * <p>Two further NHS England documents state the purposes, but their exact wording could not be confirmed, so
 * they are deliberately not constants here: <em>Integrating care: Next steps to building strong and effective
 * integrated care systems across England</em> (NHS England and NHS Improvement, 2020), which has a "Purpose"
 * section; and <em>Integrated Care Systems: design framework</em>, Version 1 (NHS England and NHS Improvement,
 * published 16 June 2021), whose available copy breaks off at "achieve their shared purpose: to improve o".
 *
 * <p>NHS England's annual assessment for 2024/25 no longer uses four purposes but assesses "5 core roles aligned
 * with the core purposes"; it is not a wording of the four purposes either.
 *
 * <p>Each constant has a stable lower-case kebab-case {@link #jsonName() name}, read back by {@link #of(String)}.
 */
public enum PurposeWordingSource {
  /**
   * NHS England and NHS Improvement, <em>Interim guidance on the functions and governance of the integrated care
   * board</em>, Version 1, August 2021 (PAR B886): "They exist to achieve four aims: 1. improve
   * outcomes in population health and healthcare 2. tackle inequalities in outcomes, experience and access 3.
   * enhance productivity and value for money 4. help the NHS support broader social and economic development."
   * The canonical wording of this library.
   */
  INTERIM_ICB_GUIDANCE_2021(
      "interim-icb-guidance-2021",
      PolicyReference.of(
          "NHS England and NHS Improvement",
          "Interim guidance on the functions and governance of the integrated care board",
          "2021-08"),
      false,
      "They exist to achieve four aims:",
      "improve outcomes in population health and healthcare",
      "tackle inequalities in outcomes, experience and access",
      "enhance productivity and value for money",
      "help the NHS support broader social and economic development"),

  /**
   * NHS England and NHS Improvement, <em>Working together at scale: guidance on provider collaboratives</em>,
   * August 2021 (PAR754): "They exist to achieve four aims: • improve population health
   * and healthcare • tackle unequal access, experience and outcomes • enhance productivity and value for money •
   * support broader social and economic development."
   */
  WORKING_TOGETHER_AT_SCALE_2021(
      "working-together-at-scale-2021",
      PolicyReference.of(
          "NHS England and NHS Improvement",
          "Working together at scale: guidance on provider collaboratives",
          "2021-08"),
      false,
      "They exist to achieve four aims:",
      "improve population health and healthcare",
      "tackle unequal access, experience and outcomes",
      "enhance productivity and value for money",
      "support broader social and economic development"),

  /**
   * NHS England, <em>Annual assessment of integrated care boards 2023/24</em>, which assessed each ICB on its
   * leadership and on its contribution to each core purpose: "How has the ICB contributed to each of the 4 core
   * purposes of an ICS?", followed by the list "improving population health and healthcare", "tackling unequal
   * access, outcomes and experience", "enhancing productivity and value for money", "helping the NHS support
   * broader social and economic development". Its publication date is not recorded here.
   */
  ANNUAL_ASSESSMENT_2023_24(
      "annual-assessment-2023-24",
      PolicyReference.of("NHS England", "Annual assessment of integrated care boards 2023/24", ""),
      false,
      "How has the ICB contributed to each of the 4 core purposes of an ICS?",
      "improving population health and healthcare",
      "tackling unequal access, outcomes and experience",
      "enhancing productivity and value for money",
      "helping the NHS support broader social and economic development"),

  /**
   * The King's Fund's explainer on integrated care systems, a <em>secondary</em> source (an independent charity,
   * not NHS England): "ICSs have four key aims: improving outcomes in population health and health care; tackling
   * inequalities in outcomes, experience and access; enhancing productivity and value for money; helping the NHS
   * to support broader social and economic development." The title is taken from the page's address
   * (kingsfund.org.uk/publications/integrated-care-systems-explained); its publication date is not recorded here.
   */
  KINGS_FUND_EXPLAINER(
      "kings-fund-explainer",
      PolicyReference.of("The King's Fund", "Integrated care systems explained", ""),
      true,
      "ICSs have four key aims:",
      "improving outcomes in population health and health care",
      "tackling inequalities in outcomes, experience and access",
      "enhancing productivity and value for money",
      "helping the NHS to support broader social and economic development");

  private static final ImmutableMap<String, PurposeWordingSource> BY_JSON_NAME =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(PurposeWordingSource::jsonName, Function.identity()));

  private final String jsonName;
  private final PolicyReference reference;
  private final boolean secondary;
  private final String introduction;
  private final ImmutableList<String> wordings;

  PurposeWordingSource(
      String jsonName, PolicyReference reference, boolean secondary, String introduction, String... wordings) {
    this.jsonName = jsonName;
    this.reference = reference;
    this.secondary = secondary;
    this.introduction = introduction;
    this.wordings = ImmutableList.copyOf(wordings);
  }

  /**
   * Obtains a source from its {@link #jsonName() kebab-case name}.
   *
   * @param jsonName the name, such as {@code "working-together-at-scale-2021"}
   * @return the source
   * @throws InvalidValueException if no source has that name; the message lists the valid names
   * @throws NullPointerException if jsonName is null
   */
  public static PurposeWordingSource of(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    PurposeWordingSource source = BY_JSON_NAME.get(jsonName);
    if (source == null) {
      throw new InvalidValueException(
          "unknown purpose wording source \"" + jsonName + "\"; expected one of: "
              + String.join(", ", BY_JSON_NAME.keySet()));
    }
    return source;
  }

  /**
   * Returns the stable lower-case kebab-case name by which the JSON format writes this source.
   *
   * @return the name, such as {@code "interim-icb-guidance-2021"}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the document: its publisher, title and publication date (where known).
   *
   * @return the policy reference
   */
  public PolicyReference reference() {
    return reference;
  }

  /**
   * Returns the document's title, such as "Working together at scale: guidance on provider collaboratives".
   *
   * @return the title
   */
  public String title() {
    return reference.title();
  }

  /**
   * Returns the document's publisher, such as "NHS England and NHS Improvement".
   *
   * @return the publisher
   */
  public String publisher() {
    return reference.publisher();
  }

  /**
   * Returns the publication date as text ({@code yyyy-MM}), where it is known.
   *
   * @return the date
   */
  public Optional<String> date() {
    return reference.date();
  }

  /**
   * Returns whether this is a secondary source: a commentary on NHS England's policy rather than NHS England's
   * own document.
   *
   * @return true for the King's Fund explainer
   */
  public boolean isSecondary() {
    return secondary;
  }

  /**
   * Returns the words with which the document introduces the four purposes, verbatim, such as "They exist to
   * achieve four aims:".
   *
   * @return the introduction
   */
  public String introduction() {
    return introduction;
  }

  /**
   * Returns the document's four wordings, verbatim, in the order of {@link CorePurpose#values()}.
   *
   * @return four wordings
   */
  List<String> wordings() {
    return wordings;
  }

}
