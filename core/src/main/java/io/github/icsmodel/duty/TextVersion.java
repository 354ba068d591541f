package io.github.icsmodel.duty;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which version of a provision the verbatim {@linkplain StatutoryDuty#text() text} of a duty reproduces.
 *
 * <p>Each constant has a stable lower-case kebab-case {@link #jsonName() name}, read back by {@link #of(String)}.
 */
public enum TextVersion {
  /**
   * The text as the amending Act inserted or substituted it, in the form that Act gives it: for the integrated
   * care board provisions of the NHS Act 2006 and the integrated care partnership provisions of the Local
   * Government and Public Involvement in Health Act 2007, the Health and Care Act 2022. Later amendments are not
   * reflected; where one is known, the duty's {@linkplain StatutoryDuty#notes() notes} describe it. JSON name
   * {@code as-enacted}.
   */
  AS_ENACTED("as-enacted"),

  /**
   * The revised text, with later amendments applied, as published in a revised version of the Act. Omitted
   * subsections appear as ". . . .". JSON name {@code revised}.
   */
  REVISED("revised");

  private static final ImmutableMap<String, TextVersion> BY_JSON_NAME =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(TextVersion::jsonName, Function.identity()));

  private final String jsonName;

  TextVersion(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Obtains a text version from its {@link #jsonName() kebab-case name}.
   *
   * @param jsonName the name, such as {@code "as-enacted"}
   * @return the text version
   * @throws InvalidValueException if no text version has that name; the message lists the valid names
   * @throws NullPointerException if jsonName is null
   */
  public static TextVersion of(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    TextVersion version = BY_JSON_NAME.get(jsonName);
    if (version == null) {
      throw new InvalidValueException(
          "unknown text version \"" + jsonName + "\"; expected one of: " + String.join(", ", BY_JSON_NAME.keySet()));
    }
    return version;
  }

  /**
   * Returns the stable lower-case kebab-case name by which the JSON format writes this text version.
   *
   * @return the name
   */
  public String jsonName() {
    return jsonName;
  }
}
