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

  /** The size of the strided sample that sets the thresholds of {@link #selectTails}. */
  private static final int TAIL_SAMPLE = 4096;

  /**
   * Returns the scratch space {@link #selectTails} needs for these positions of n values.
   *
   * @param n the number of values
   * @param positions the 0-based positions, ascending
   * @return the length of the scratch array
   */
  static int tailScratch(int n, int[] positions) {
    int lowCount = 0;
    while (lowCount < positions.length && positions[lowCount] < n / 2) {
      lowCount++;
    }
    int needLow = lowCount == 0 ? 0 : positions[lowCount - 1] + 1;
    int needHigh = lowCount == positions.length ? 0 : n - positions[lowCount];
    return 2 * (needLow + needHigh) + 1024;
  }

  /**
   * Selects order statistics that lie in the tails, such as the 2.5th and 97.5th percentiles, in one pass over
   * {@code values[0..n)} without reordering it: thresholds taken from a strided sample bound the few values that can
   * hold the wanted ranks, which are copied to {@code scratch} and selected there. The results are exactly those of
   * {@link #selectAll}. Returns false, having written nothing to {@code out}, when it cannot be sure: the tails
   * overlap, a threshold from the sample falls short, the scratch space is too small, or a value is NaN; the caller
   * then uses {@link #selectAll}.
   *
   * <p>For 100,000 values it costs about a sixth of {@link #selectAll}, which partitions the whole array once per
   * position.
   */
  static boolean selectTails(double[] values, int n, int[] positions, double[] out, double[] scratch) {
    int lowCount = 0;
    while (lowCount < positions.length && positions[lowCount] < n / 2) {
      lowCount++;
    }
    int needLow = lowCount == 0 ? 0 : positions[lowCount - 1] + 1;
    int needHigh = lowCount == positions.length ? 0 : n - positions[lowCount];
    if (n < 4 * TAIL_SAMPLE || 4L * (needLow + needHigh) > n || scratch.length < 2 * (needLow + needHigh) + 1024) {
      return false;
    }
    int capacityLow = 2 * needLow + 512;
    int capacityHigh = scratch.length - capacityLow;
    // Thresholds three binomial standard deviations (plus one) beyond the wanted ranks' share of the sample.
    double[] sample = new double[TAIL_SAMPLE];
    int stride = n / TAIL_SAMPLE;
    for (int i = 0; i < TAIL_SAMPLE; i++) {
      sample[i] = values[i * stride];
    }
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    if (needLow > 0) {
      low = select(sample, 0, TAIL_SAMPLE, Math.min(TAIL_SAMPLE - 1, margin(needLow, n)));
    }
    if (needHigh > 0) {
      high = select(sample, 0, TAIL_SAMPLE, Math.max(0, TAIL_SAMPLE - 1 - margin(needHigh, n)));
    }
    if (!(low < high)) {
      return false;
    }
    int countLow = 0;
    int countHigh = 0;
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (x <= low) {
        if (countLow == capacityLow) {
          return false;
        }
        scratch[countLow++] = x;
      } else if (x >= high) {
        if (countHigh == capacityHigh) {
          return false;
        }
        scratch[capacityLow + countHigh++] = x;
      } else if (x != x) {
        return false;
      }
    }
    if (countLow < needLow || countHigh < needHigh) {
      return false;
    }
    // Every value at or below the low threshold is in the low buffer, and there are at least needLow of them, so the
    // needLow smallest values of the array are the needLow smallest of the buffer; likewise at the top.
    int start = 0;
    for (int p = 0; p < lowCount; p++) {
      out[p] = select(scratch, start, countLow, positions[p]);
      start = positions[p];
    }
    int offset = capacityLow - (n - countHigh);
    start = capacityLow;
    for (int p = lowCount; p < positions.length; p++) {
      int k = positions[p] + offset;
      out[p] = select(scratch, start, capacityLow + countHigh, k);
      start = k;
    }
    return true;
  }

  /** The sample rank that the rank {@code need} of n values should fall below: its share plus 3 sd plus one. */
  private static int margin(int need, int n) {
    double share = (double) need / n;
    return (int) Math.ceil(share * TAIL_SAMPLE + 3 * Math.sqrt(TAIL_SAMPLE * share * (1 - share))) + 1;
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
