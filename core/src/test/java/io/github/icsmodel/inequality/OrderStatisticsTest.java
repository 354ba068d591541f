package io.github.icsmodel.inequality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

  @Test
  void selectsWhatASortWouldPutThere() {
    SplittableRandom random = new SplittableRandom(3);
    for (int n : new int[] {1, 2, 7, 600, 601, 5000, 100_000}) {
      double[] values = random.doubles(n).map(d -> Math.floor(d * n / 3)).toArray(); // many ties
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int[] positions = {0, n / 40, n / 2, n - 1 - n / 40, n - 1};
      Arrays.sort(positions);
      double[] out = new double[positions.length];
      OrderStatistics.selectAll(values, 0, n, positions, out);
      for (int p = 0; p < positions.length; p++) {
        assertThat(out[p]).as("n=%d, position %d", n, positions[p]).isEqualTo(sorted[positions[p]]);
      }
      double[] resorted = values.clone();
      Arrays.sort(resorted);
      assertThat(resorted).as("selection only permutes").containsExactly(sorted);
    }
  }

  @Test
  void worksOnASubrangeAndOnConstantData() {
    double[] values = new double[3000];
    Arrays.fill(values, 4.5);
    values[0] = -1;
    assertThat(OrderStatistics.select(values, 1, 3000, 10)).isEqualTo(4.5);
    assertThat(values[0]).isEqualTo(-1);
    double[] descending = new double[2000];
    for (int i = 0; i < descending.length; i++) {
      descending[i] = -i;
    }
    assertThat(OrderStatistics.select(descending, 0, 2000, 49)).isEqualTo(-1950);
  }

  @Test
  void tailSelectionGivesWhatASortWouldAndLeavesTheValuesAlone() {
    SplittableRandom random = new SplittableRandom(5);
    for (int n : new int[] {20_000, 100_000, 100_001}) {
      for (int kind = 0; kind < 3; kind++) {
        int size = n;
        int variant = kind;
        double[] values = random.doubles(n).map(d -> variant == 0 ? Math.log(d) : variant == 1
            ? Math.floor(d * 50) : (d < 0.5 ? 1 : 2 + d)).toArray();
        double[] before = values.clone();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] positions = {size / 1000, size / 40 - 1, size - size / 40 - 1, size - 1 - size / 1000};
        Arrays.sort(positions);
        double[] out = new double[positions.length];
        double[] scratch = new double[OrderStatistics.tailScratch(n, positions)];
        boolean done = OrderStatistics.selectTails(values, n, positions, out, scratch);
        assertThat(values).as("not reordered").containsExactly(before);
        if (variant == 0) {
          assertThat(done).as("continuous data, n=%d", n).isTrue();
        }
        if (done) {
          for (int p = 0; p < positions.length; p++) {
            assertThat(out[p]).as("n=%d, kind %d, position %d", n, variant, positions[p])
                .isEqualTo(sorted[positions[p]]);
          }
        }
      }
    }
  }

  @Test
  void tailSelectionDeclinesWhatItCannotBeSureOf() {
    double[] values = new SplittableRandom(9).doubles(50_000).toArray();
    int[] tails = {1249, 48_750};
    double[] out = new double[2];
    double[] scratch = new double[OrderStatistics.tailScratch(50_000, tails)];
    values[777] = Double.NaN;
    assertThat(OrderStatistics.selectTails(values, 50_000, tails, out, scratch)).isFalse();
    values[777] = 0.5;
    assertThat(OrderStatistics.selectTails(values, 50_000, tails, out, new double[10])).isFalse();
    assertThat(OrderStatistics.selectTails(values, 50_000, new int[] {1249, 25_000}, out, scratch)).isFalse();
    assertThat(OrderStatistics.selectTails(values, 5000, new int[] {124, 4875}, out, scratch)).isFalse();
    double[] constant = new double[50_000];
    assertThat(OrderStatistics.selectTails(constant, 50_000, tails, out, scratch)).isFalse();
    assertThat(out).containsExactly(0, 0);
  }
}
