package io.github.icsmodel.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?" for rule ids: only ids close enough to be what was meant. */
final class Similarity {
  private Similarity() {}

  /** The most suggestions given at once. */
  static final int MAX_SUGGESTIONS = 5;

  /**
   * Returns the candidates close to a text that matches none of them: those it is the start of (so
   * {@code board.chair} gives every {@code board.chair-*} id), or else those within an edit distance (with
   * adjacent transpositions) of about a third of its length, at least 1 and at most 3, nearest first; at most
   * {@value #MAX_SUGGESTIONS}. An id that is merely the least far of distant ones is not suggested.
   *
   * @param text what was asked for
   * @param candidates the known ids
   * @return the close ids, perhaps none
   */
  static List<String> close(String text, Collection<String> candidates) {
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
      int allowed = Math.min(3, Math.max(1, Math.min(text.length(), candidate.length()) / 3));
      if (distance(query, candidate.toLowerCase(Locale.ROOT)) <= allowed) {
        near.add(candidate);
      }
    }
    near.sort(Comparator.<String>comparingInt(c -> distance(query, c.toLowerCase(Locale.ROOT)))
        .thenComparing(Comparator.naturalOrder()));
    return near.subList(0, Math.min(MAX_SUGGESTIONS, near.size()));
  }

  /**
   * Returns the optimal string alignment distance between two strings: the number of insertions, deletions,
   * substitutions and transpositions of adjacent characters that turn one into the other.
   *
   * @param a one string
   * @param b the other
   * @return the distance
   */
  static int distance(String a, String b) {
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
