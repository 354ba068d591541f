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
}
