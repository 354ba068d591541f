package io.github.icsmodel.duty;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * How strongly a provision binds its holder, named after the statutory words that impose it.
 *
 * <p>The words matter in law: a duty to "have regard to the need to" reduce inequalities (NHS Act 2006 s.14Z35)
 * requires a body to weigh that need when it decides, not to achieve a result; a duty to "make arrangements"
 * (s.14Z45) requires the arrangements to exist. This enum records which form of words a provision uses. It does
 * not rank them. {@link #MAY} marks a power, which imposes no duty at all.
 *
 * <p>Each constant has a stable lower-case kebab-case {@link #jsonName() name}, read back by {@link #of(String)}.
 */
public enum DutyStrength {
  /**
   * A plain duty to do something: "must" or "It is the duty of", as in "Each integrated care board must exercise
   * its functions effectively, efficiently and economically" (s.14Z33), "must obtain advice" (s.14Z38), "must make
   * arrangements" (s.14Z45), "must prepare a plan" (s.14Z52) or "must co-operate" (s.82(1)). JSON name
   * {@code must}.
   */
  MUST("must", "must"),

  /**
   * A duty to exercise functions "with a view to" an end, as in "must exercise its functions with a view to
   * securing continuous improvement in the quality of services" (s.14Z34(1)) or "with a view to ensuring that
   * expenditure ... does not exceed the sums received" (s.223GC(1)). JSON name {@code must-act-with-a-view-to}.
   */
  MUST_ACT_WITH_A_VIEW_TO("must-act-with-a-view-to", "must ... with a view to"),

  /**
   * A duty to "promote" something, or to "facilitate or otherwise promote" it, as in "must, in the exercise of its
   * functions, promote innovation" (s.14Z39). JSON name {@code must-promote}.
   */
  MUST_PROMOTE("must-promote", "must ... promote"),

  /**
   * A duty to "have regard to" things when deciding, as in "must have regard to all likely effects of the
   * decision" (s.14Z43(1)) or "must, in exercising any functions, have regard to the following so far as relevant"
   * (Local Government and Public Involvement in Health Act 2007 s.116B(1)). JSON name {@code must-have-regard-to}.
   */
  MUST_HAVE_REGARD_TO("must-have-regard-to", "must ... have regard to"),

  /**
   * A duty to "have regard to the need to" do something, as in "must, in the exercise of its functions, have
   * regard to the need to— (a) reduce inequalities" (s.14Z35). JSON name {@code must-have-regard-to-the-need-to}.
   */
  MUST_HAVE_REGARD_TO_THE_NEED_TO("must-have-regard-to-the-need-to", "must ... have regard to the need to"),

  /**
   * A duty to "seek to achieve" something, as in "An integrated care board and its partner NHS trusts and NHS
   * foundation trusts must seek to achieve any financial objectives set under this section" (s.223L(2)). JSON name
   * {@code must-seek-to-achieve}.
   */
  MUST_SEEK_TO_ACHIEVE("must-seek-to-achieve", "must seek to achieve"),

  /**
   * A power, not a duty: the provision says what its holder "may" do, as in "(4) NHS England may— (a) terminate the
   * appointment of the integrated care board's chief executive" (s.14Z61(4)). Catalogued where the powers frame the
   * duties of others (law review of 7 December 2026, item C-26). JSON name {@code may}.
   */
  MAY("may", "may");

  private static final ImmutableMap<String, DutyStrength> BY_JSON_NAME =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(DutyStrength::jsonName, Function.identity()));

  private final String jsonName;
  private final String phrase;

  DutyStrength(String jsonName, String phrase) {
    this.jsonName = jsonName;
    this.phrase = phrase;
  }

  /**
   * Obtains a strength from its {@link #jsonName() kebab-case name}.
   *
   * @param jsonName the name, such as {@code "must-have-regard-to-the-need-to"}
   * @return the strength
   * @throws InvalidValueException if no strength has that name; the message lists the valid names
   * @throws NullPointerException if jsonName is null
   */
  public static DutyStrength of(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    DutyStrength strength = BY_JSON_NAME.get(jsonName);
    if (strength == null) {
      throw new InvalidValueException(
          "unknown duty strength \"" + jsonName + "\"; expected one of: " + String.join(", ", BY_JSON_NAME.keySet()));
    }
    return strength;
  }

  /**
   * Returns the stable lower-case kebab-case name by which the JSON format writes this strength.
   *
   * @return the name, such as {@code "must-act-with-a-view-to"}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the statutory form of words, with "..." where the provision puts other words between them, such as
   * "must ... have regard to the need to".
   *
   * @return the phrase
   */
  public String phrase() {
    return phrase;
  }
}
