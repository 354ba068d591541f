package io.github.icsmodel.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the known name nearest to a misspelt one, by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * Returns the candidate closest to the given text, if one is close enough to be a plausible intended spelling: the
   * same ignoring case, hyphens, underscores and spaces; or within an edit distance (with adjacent transpositions)
   * of about a third of its length, and at least 1 and at most 3.
   */
  static Optional<String> nearest(String text, Collection<String> candidates) {
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
    int allowed = Math.min(3, Math.max(1, Math.min(text.length(), best == null ? 0 : best.length()) / 3));
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
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

  /** The optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
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
