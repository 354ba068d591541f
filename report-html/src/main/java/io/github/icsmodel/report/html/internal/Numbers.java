package io.github.icsmodel.report.html.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Numbers as the page writes them: the same whatever the default locale. */
final class Numbers {
  private Numbers() {}

  static String plural(int count, String noun) {
    return plural(count, noun, noun + "s");
  }

  static String plural(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** A number as the configuration gives it (43.0 stays 43.0), never in exponent notation. */
  static String decimal(BigDecimal value) {
    return value.toPlainString();
  }

  /** A computed number, without trailing zeros. */
  static String computed(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  static String fixed(double value, int places) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "not available";
    }
    String text = String.format(Locale.ROOT, "%." + places + "f", value);
    return text.matches("-0\\.?0*") ? text.substring(1) : text;
  }

  /** A coordinate for SVG: one decimal place, locale-independent. */
  static String coordinate(double value) {
    return fixed(value, 1);
  }

  static Optional<Integer> index(String token) {
    if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(token));
  }

  static Optional<Integer> group(String group) {
    return index(group.strip());
  }
}
