package io.github.icsmodel.textio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?": the known names close to a misspelt one, by edit distance. One home for the reader's
 * suggestions (a misspelt property or value) and the tool's (a misspelt rule id).
 *
 * <p>Not API: the package is not exported.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The most suggestions {@link #close(String, Collection)} gives at once. */
  public static final int MAX_SUGGESTIONS = 5;

  /**
   * Returns the candidate closest to the given text, if one is close enough to be a plausible intended spelling: the
   * same ignoring case, hyphens, underscores and spaces; or within an edit distance (with adjacent transpositions)
   * of about a third of its length, and at least 1 and at most 3. Text over 100 characters gets no suggestion.
   *
   * @param text the misspelt text
   * @param candidates the known names
   * @return the nearest name, if one is close enough
   */
  public static Optional<String> nearest(String text, Collection<String> candidates) {
    if (text.length() > 100) {
      return Optional.empty();
    }
    String normal = normalise(text);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (normalise(candidate).equals(normal)) {
        return Optional.of(candidate);
      }
      int distance = distance(text.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= allowed(text, best == null ? "" : best) ? Optional.of(best) : Optional.empty();
  }

  /**
   * Returns the candidates close to a text that matches none of them: those it is the start of, up to a hyphen or
   * a full stop (so {@code board.chair} gives every {@code board.chair-*} id), or else those within an edit distance
   * (with adjacent transpositions) of about a third of its length, at least 1 and at most 3, nearest first; at most
   * {@value #MAX_SUGGESTIONS}. A candidate that is merely the least far of distant ones is not suggested.
   *
   * @param text what was asked for
   * @param candidates the known names
   * @return the close names, perhaps none
   */
  public static List<String> close(String text, Collection<String> candidates) {
    String query = text.toLowerCase(Locale.ROOT);
    List<String> family = new ArrayList<>();
    for (String candidate : candidates) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      if (lower.startsWith(query) && lower.length() > query.length()
          && "-.".indexOf(lower.charAt(query.length())) >= 0) {
        family.add(candidate);
      }
    }
    if (!family.isEmpty()) {
      family.sort(Comparator.naturalOrder());
      return family.subList(0, Math.min(MAX_SUGGESTIONS, family.size()));
    }
    List<String> near = new ArrayList<>();
    for (String candidate : candidates) {
      if (distance(query, candidate.toLowerCase(Locale.ROOT)) <= allowed(text, candidate)) {
        near.add(candidate);
      }
    }
    near.sort(Comparator.<String>comparingInt(c -> distance(query, c.toLowerCase(Locale.ROOT)))
        .thenComparing(Comparator.naturalOrder()));
    return near.subList(0, Math.min(MAX_SUGGESTIONS, near.size()));
  }

  /** The greatest distance at which a candidate is still a plausible spelling: a third of the shorter, 1 to 3. */
  private static int allowed(String text, String candidate) {
    return Math.min(3, Math.max(1, Math.min(text.length(), candidate.length()) / 3));
  }

  private static String normalise(String text) {
    StringBuilder normal = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '-' && c != '_' && c != ' ') {
        normal.append(Character.toLowerCase(c));
      }
    }
    return normal.toString();
  }

  /**
   * Returns the optimal string alignment distance between two strings: the number of insertions, deletions,
   * substitutions and transpositions of adjacent characters that turn one into the other.
   *
   * @param a one string
   * @param b the other
   * @return the distance
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
