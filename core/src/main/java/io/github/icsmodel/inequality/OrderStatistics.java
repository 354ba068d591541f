package io.github.icsmodel.inequality;

/**
 * Selection of order statistics in place, without sorting: the algorithm of Floyd and Rivest ("Algorithm 489: The
 * algorithm SELECT", <i>Communications of the ACM</i> 18(3):173, 1975). It narrows the search to a small band
 * around the wanted rank, chosen from a recursively selected sample, so it needs about n + min(k, n - k)
 * comparisons: a little over one pass for the tail percentiles the SII limits are. It allocates nothing.
 */
final class OrderStatistics {
  private static final int SAMPLE_THRESHOLD = 600;

  private OrderStatistics() {}

  /**
   * Partially orders {@code values[from..to)} so that the element at index {@code k} is the one a full ascending
   * sort would put there, everything before it is no greater and everything after it no smaller; returns it.
   */
  static double select(double[] values, int from, int to, int k) {
    select(values, from, to - 1, k, 0);
    return values[k];
  }

  /**
   * Selects several order statistics of {@code values[from..to)}: {@code positions} are 0-based offsets from
   * {@code from}, in ascending order. Each selection narrows the range of the next.
   */
  static void selectAll(double[] values, int from, int to, int[] positions, double[] out) {
    int start = from;
    for (int p = 0; p < positions.length; p++) {
      int k = from + positions[p];
      out[p] = select(values, start, to, k);
      start = k;
    }
  }

  private static void select(double[] a, int left, int right, int k, int depth) {
    while (right > left) {
      if (right - left > SAMPLE_THRESHOLD && depth < 64) {
        // Recursively select within a sample so that a[k] is a pivot close to the wanted rank.
        double n = right - left + 1;
        double i = k - left + 1;
        double z = Math.log(n);
        double s = 0.5 * Math.exp(2 * z / 3);
        double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2);
        int newLeft = (int) Math.max(left, Math.floor(k - i * s / n + sd));
        int newRight = (int) Math.min(right, Math.floor(k + (n - i) * s / n + sd));
        select(a, newLeft, newRight, k, depth + 1);
      }
      double t = a[k];
      int i = left;
      int j = right;
      swap(a, left, k);
      if (a[right] > t) {
        swap(a, right, left);
      }
      while (i < j) {
        swap(a, i, j);
        i++;
        j--;
        while (a[i] < t) {
          i++;
        }
        while (a[j] > t) {
          j--;
        }
      }
      if (a[left] == t) {
        swap(a, left, j);
      } else {
        j++;
        swap(a, j, right);
      }
      if (j <= k) {
        left = j + 1;
      }
      if (k <= j) {
        right = j - 1;
      }
    }
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
