package io.github.icsmodel.inequality;

import io.github.icsmodel.inequality.distribution.ExponentialFunction;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The per-area arithmetic of the SII: point estimates, exact normal limits and the Monte Carlo simulation. One
 * instance serves one thread and reuses its buffers from area to area, so the simulation allocates nothing per
 * repetition. The standard normal draws are made once per simulation block ({@link #block}) and shared by every
 * area.
 */
final class SiiCalculation {
  private final SiiOptions options;
  private final SiiValueType type;
  private final double multiplier;
  private final List<ConfidenceLevel> levels;
  private final int repetitions;
  private final int blocks;
  /** The distinct 0-based positions of all limits, ascending, and for each level the index of its two. */
  private final int[] positions;
  private final int[] lowerIndex;
  private final int[] upperIndex;

  private double[] siiDraws = new double[0];
  private double[][] exponentials;
  private double[] riiDraws = new double[0];
  private final double[] selectedSii;
  private final double[] scratch;
  private final double[] selectedRii;

  SiiCalculation(SiiOptions options) {
    this.options = options;
    this.type = options.valueType();
    this.multiplier = options.multiplier();
    this.levels = options.confidenceLevels();
    this.repetitions = options.repetitions();
    this.blocks = options.reliabilityStatistic() ? SiiOptions.RELIABILITY_BLOCKS : 1;
    int[] all = new int[2 * levels.size()];
    for (int j = 0; j < levels.size(); j++) {
      all[2 * j] = options.lowerPosition(levels.get(j)) - 1;
      all[2 * j + 1] = options.upperPosition(levels.get(j)) - 1;
    }
    positions = Arrays.stream(all).sorted().distinct().toArray();
    lowerIndex = new int[levels.size()];
    upperIndex = new int[levels.size()];
    for (int j = 0; j < levels.size(); j++) {
      lowerIndex[j] = Arrays.binarySearch(positions, all[2 * j]);
      upperIndex[j] = Arrays.binarySearch(positions, all[2 * j + 1]);
    }
    scratch = new double[OrderStatistics.tailScratch(repetitions, positions)];
    selectedSii = new double[positions.length];
    selectedRii = new double[positions.length];
  }

  /** Computes the result of one area with the exact normal limits. */
  SiiResult normal(SiiModel model) {
    SiiResult.Builder result = SiiResult.builder().area(model.area);
    pointEstimates(model, result);
    for (ConfidenceLevel level : levels) {
      result.addInterval(normalInterval(model, level));
    }
    return result.build();
  }

  /**
   * Assembles the result of one area from its simulated limits, limits[block][level] = {siiLower, siiUpper,
   * riiLower, riiUpper}: the first block's limits, and the reliability statistic from the others.
   */
  SiiResult simulated(SiiModel model, double[][][] limits) {
    SiiResult.Builder result = SiiResult.builder().area(model.area);
    pointEstimates(model, result);
    for (int j = 0; j < levels.size(); j++) {
      double[] first = limits[0][j];
      result.addInterval(SiiInterval.of(levels.get(j), first[0], first[1], first[2], first[3]));
    }
    if (blocks > 1) {
      for (int j = 0; j < levels.size(); j++) {
        double sii = 0;
        double rii = 0;
        for (int b = 1; b < blocks; b++) {
          sii += Math.abs(limits[b][j][0] - limits[0][j][0]) + Math.abs(limits[b][j][1] - limits[0][j][1]);
          rii += Math.abs(limits[b][j][2] - limits[0][j][2]) + Math.abs(limits[b][j][3] - limits[0][j][3]);
        }
        int count = 2 * (blocks - 1);
        result.addReliability(SiiReliability.of(levels.get(j), sii / count, rii / count));
      }
    }
    return result.build();
  }

  /** The number of simulation blocks: ten with the reliability statistic, otherwise one. */
  int blocks() {
    return blocks;
  }

  private void pointEstimates(SiiModel model, SiiResult.Builder result) {
    double b0 = model.beta0;
    double b1 = model.beta1;
    if (options.transform()) {
      double y0 = type.inverse(b0);
      double y1 = type.inverse(b0 + b1);
      double rii = y1 / y0;
      result.sii(multiplier * (y1 - y0)).rii(multiplier < 0 ? 1 / rii : rii).intercept(Math.abs(multiplier) * y0);
    } else {
      double rii = (b0 + b1) / b0;
      result.sii(multiplier * b1).rii(multiplier < 0 ? 1 / rii : rii).intercept(b0);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Exact normal limits

  private SiiInterval normalInterval(SiiModel model, ConfidenceLevel level) {
    double z = level.criticalValue();
    double slopeSd = Math.sqrt(model.slopeVariance);
    double low = model.beta1 - z * slopeSd;
    double high = model.beta1 + z * slopeSd;
    if (options.transform()) {
      double[] limits = rotate(model, low, high);
      return SiiInterval.of(level, limits[0], limits[1], limits[2], limits[3]);
    }
    double siiLow = multiplier > 0 ? multiplier * low : multiplier * high;
    double siiHigh = multiplier > 0 ? multiplier * high : multiplier * low;
    double[] ratio = ratioQuantiles(model.beta0, model.beta1, model.interceptVariance, model.slopeVariance,
        model.covariance, z);
    double riiLow = 1 + ratio[0];
    double riiHigh = 1 + ratio[1];
    if (multiplier < 0) {
      boolean positive = riiLow > 0;
      double inverseLow = positive ? 1 / riiHigh : Double.NaN;
      double inverseHigh = positive ? 1 / riiLow : Double.NaN;
      riiLow = inverseLow;
      riiHigh = inverseHigh;
    }
    return SiiInterval.of(level, siiLow, siiHigh, riiLow, riiHigh);
  }

  /**
   * The z-quantiles of the ratio &beta;1/&beta;0 of two jointly normal coefficients, from
   * P(&beta;1/&beta;0 &le; t) = &Phi;((t&mu;0 - &mu;1)/sd(&beta;1 - t&beta;0)) when &beta;0 keeps its sign: the
   * roots of (t&mu;0 - &mu;1)&sup2; = z&sup2; var(&beta;1 - t&beta;0). NaN if |&mu;0| &le; z sd(&beta;0), where the
   * interval is unbounded.
   */
  static double[] ratioQuantiles(double mu0, double mu1, double var0, double var1, double cov, double z) {
    double z2 = z * z;
    double a = mu0 * mu0 - z2 * var0;
    if (!(a > 0)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double b = mu0 * mu1 - z2 * cov;
    double c = mu1 * mu1 - z2 * var1;
    double root = Math.sqrt(Math.max(0, b * b - a * c));
    // Two forms of the quadratic formula, each free of cancellation for one root.
    double q = b >= 0 ? b + root : b - root;
    double first = q / a;
    double second = q == 0 ? b / a : c / q;
    return new double[] {Math.min(first, second), Math.max(first, second)};
  }

  /**
   * The package's back-transformation of two limiting slopes on the transformed scale: each line is rotated about
   * the centre of the fitted line, h = &beta;0 + &beta;1/2, and the SII and RII read off its ends; with a negative
   * multiplier the limits swap and the RII is inverted. Returns {siiLower, siiUpper, riiLower, riiUpper}.
   */
  private double[] rotate(SiiModel model, double lowSlope, double highSlope) {
    double centre = model.beta0 + model.beta1 / 2;
    double lowStart = type.inverse(centre - lowSlope / 2);
    double lowEnd = type.inverse(centre + lowSlope / 2);
    double highStart = type.inverse(centre - highSlope / 2);
    double highEnd = type.inverse(centre + highSlope / 2);
    if (multiplier > 0) {
      return new double[] {
        multiplier * (lowEnd - lowStart), multiplier * (highEnd - highStart), lowEnd / lowStart, highEnd / highStart
      };
    }
    return new double[] {
      multiplier * (highEnd - highStart), multiplier * (lowEnd - lowStart), highStart / highEnd, lowStart / lowEnd
    };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Monte Carlo simulation

  /**
   * The standard normal draws of one simulation block, which every area of the input transforms with its own
   * coefficients (common random numbers): {@code width} draws per repetition, row by row.
   */
  static final class Block {
    /**
     * The draws: row by row (repetition by repetition) for type OTHER; column by column (quantile by quantile) for
     * rates and proportions without transform.
     */
    final double[] normals;
    /** With transform: the draws' order statistics at the positions of the limits, ascending. */
    final double[] selected;
    /**
     * For rates and proportions without transform, each draw z split as z = g/64 + d exactly, with g an integer
     * from -576 to 576 (stored as g + 576) and |d| &le; 1/128; null if a draw lies beyond &plusmn;9, when the areas
     * take the exponential of the draws themselves.
     */
    final int[] grid;
    final double[] residual;

    private Block(double[] normals, double[] selected, int[] grid, double[] residual) {
      this.normals = normals;
      this.selected = selected;
      this.grid = grid;
      this.residual = residual;
    }

    /** The same draws without their grid, so that areas take the exponential of the draws themselves. */
    Block withoutGrid() {
      return new Block(normals, selected, null, null);
    }
  }

  /** Grid points per unit of a standard normal draw. */
  private static final int GRID_STEPS = 64;
  /** The grid covers draws within &plusmn;9 (beyond it about one draw in 4 &times; 10^18). */
  private static final int GRID_HALF = 9 * GRID_STEPS;
  /**
   * The largest standard error for which e^(s d), |s d| &le; s/128, is taken from its Taylor polynomial of degree
   * 6 (truncation error below 5 &times; 10^-17 at s = 2); larger ones use the exponential function.
   */
  private static final double GRID_MAX_SD = 2;
  /** The repetitions processed together, quantile by quantile, so that their sums stay in the L1 cache. */
  private static final int COLUMN_BLOCK = 2048;

  /**
   * The draws each repetition needs: one with transform (the slope on the transformed scale), two for type OTHER
   * (the slope and the intercept), one per quantile for rates and proportions without transform.
   */
  private int width(int quantiles) {
    if (options.transform()) {
      return 1;
    }
    return type == SiiValueType.OTHER ? 2 : quantiles;
  }

  /** Draws one block for areas of the given number of quantiles. */
  Block block(int quantiles, SplittableRandom random) {
    double[] normals = new double[repetitions * width(quantiles)];
    for (int i = 0; i < normals.length; i++) {
      normals[i] = random.nextGaussian();
    }
    double[] selected = null;
    if (options.transform()) {
      selected = new double[positions.length];
      OrderStatistics.selectAll(normals.clone(), 0, repetitions, positions, selected);
    }
    int[] grid = null;
    double[] residual = null;
    if (!options.transform() && type != SiiValueType.OTHER) {
      grid = new int[normals.length];
      residual = new double[normals.length];
      for (int i = 0; i < normals.length; i++) {
        double z = normals[i];
        if (!(Math.abs(z) <= 9)) {
          grid = null;
          residual = null;
          break;
        }
        int g = (int) Math.rint(z * GRID_STEPS);
        grid[i] = g + GRID_HALF;
        // Exact: g/64 is exact, and z and g/64 are within a factor of two of each other, or g = 0.
        residual[i] = z - (double) g / GRID_STEPS;
      }
    }
    return new Block(normals, selected, grid, residual);
  }

  /** Returns limits[level] = {siiLower, siiUpper, riiLower, riiUpper} of one area from one block of draws. */
  double[][] simulate(SiiModel model, Block block) {
    double[][] limits = new double[levels.size()][];
    if (options.transform()) {
      // The simulated slope is beta1 + sd z, increasing in z: its order statistics are those of the draws.
      double sd = Math.sqrt(model.slopeVariance);
      for (int j = 0; j < levels.size(); j++) {
        limits[j] = rotate(model, model.beta1 + sd * block.selected[lowerIndex[j]],
            model.beta1 + sd * block.selected[upperIndex[j]]);
      }
      return limits;
    }
    if (siiDraws.length < repetitions) {
      siiDraws = new double[repetitions];
      riiDraws = new double[repetitions];
    }
    if (type == SiiValueType.OTHER) {
      drawNormalCoefficients(model, block.normals);
    } else {
      drawBackTransformed(model, block);
    }
    if (!OrderStatistics.selectTails(siiDraws, repetitions, positions, selectedSii, scratch)) {
      OrderStatistics.selectAll(siiDraws, 0, repetitions, positions, selectedSii);
    }
    if (!OrderStatistics.selectTails(riiDraws, repetitions, positions, selectedRii, scratch)) {
      OrderStatistics.selectAll(riiDraws, 0, repetitions, positions, selectedRii);
    }
    for (int j = 0; j < levels.size(); j++) {
      limits[j] = new double[] {
        selectedSii[lowerIndex[j]], selectedSii[upperIndex[j]], selectedRii[lowerIndex[j]], selectedRii[upperIndex[j]]
      };
    }
    return limits;
  }

  /**
   * For type OTHER the two coefficients are jointly normal; they are formed from two standard normal draws through
   * the Cholesky factor of their covariance, the same simulation in distribution as refitting K draws.
   */
  private void drawNormalCoefficients(SiiModel model, double[] normals) {
    double slopeSd = Math.sqrt(model.slopeVariance);
    double slopeLoading = slopeSd > 0 ? model.covariance / slopeSd : 0;
    double ownSd = Math.sqrt(Math.max(0, model.interceptVariance - slopeLoading * slopeLoading));
    double beta0 = model.beta0;
    double beta1 = model.beta1;
    double m = multiplier;
    boolean invert = m < 0;
    double[] sii = siiDraws;
    double[] rii = riiDraws;
    for (int r = 0; r < repetitions; r++) {
      double n1 = normals[2 * r];
      double n2 = normals[2 * r + 1];
      double b1 = beta1 + slopeSd * n1;
      double b0 = beta0 + slopeLoading * n1 + ownSd * n2;
      sii[r] = m * b1;
      rii[r] = invert ? b0 / (b0 + b1) : (b0 + b1) / b0;
    }
  }

  /**
   * Rates and proportions without transform: each quantile is drawn on the log or logit scale, transformed back,
   * and the line refitted, as the package does; most of the cost of the SII lies here, in 10<sup>9</sup>
   * exponentials for 1,000 areas of deciles at 100,000 repetitions. The draws are taken a block of repetitions at a
   * time, quantile by quantile, with the quantile's constants held: e<sup>v + s z</sup> = e<sup>v</sup> e<sup>s
   * z</sup>, e<sup>v</sup> folded into the weights. With z = g/64 + d (see {@link Block#grid}) e<sup>s z</sup> is a
   * table entry e<sup>s g/64</sup>, made once per quantile, times the Taylor polynomial of e<sup>s d</sup>: within
   * a few ulp of {@link Math#exp}, at about half the cost. Otherwise e<sup>s z</sup> comes from
   * {@link ExponentialFunction#exp}.
   */
  private void drawBackTransformed(SiiModel model, Block block) {
    int size = model.size;
    double[] mean = model.transformed;
    double[] sd = model.standardError;
    double[] sums0 = riiDraws;
    double[] sums1 = siiDraws;
    boolean rate = type == SiiValueType.RATE;
    boolean gridded = block.grid != null;
    for (int k = 0; k < size; k++) {
      gridded &= sd[k] <= GRID_MAX_SD;
    }
    double[][] tables = gridded ? tables(size) : null;
    // A rate's draw is e^v e^(s z); a proportion's is 1 / (1 + e^-v e^(-s z)).
    double[] scale = new double[size];
    double[] slope = new double[size];
    for (int k = 0; k < size; k++) {
      scale[k] = rate ? Math.exp(mean[k]) : Math.exp(-mean[k]);
      slope[k] = rate ? sd[k] : -sd[k];
      if (gridded) {
        double[] table = tables[k];
        for (int g = -GRID_HALF; g <= GRID_HALF; g++) {
          table[g + GRID_HALF] = ExponentialFunction.exp(slope[k] * g / GRID_STEPS);
        }
      }
    }
    double[] c0 = model.interceptWeights;
    double[] c1 = model.slopeWeights;
    for (int from = 0; from < repetitions; from += COLUMN_BLOCK) {
      int to = Math.min(repetitions, from + COLUMN_BLOCK);
      Arrays.fill(sums0, from, to, 0);
      Arrays.fill(sums1, from, to, 0);
      for (int k = 0; k < size; k++) {
        int column = k * repetitions;
        double s = slope[k];
        double a = scale[k];
        double w0 = rate ? c0[k] * a : c0[k];
        double w1 = rate ? c1[k] * a : c1[k];
        if (gridded) {
          double[] table = tables[k];
          int[] grid = block.grid;
          double[] residual = block.residual;
          for (int r = from; r < to; r++) {
            double y = s * residual[column + r];
            double e = table[grid[column + r]]
                * (1 + y * (1 + y * (0.5 + y * (1.0 / 6 + y * (1.0 / 24 + y * (1.0 / 120 + y * (1.0 / 720)))))));
            double w = rate ? e : 1 / (1 + a * e);
            sums0[r] += w0 * w;
            sums1[r] += w1 * w;
          }
        } else {
          double[] normals = block.normals;
          for (int r = from; r < to; r++) {
            double e = ExponentialFunction.exp(s * normals[column + r]);
            double w = rate ? e : 1 / (1 + a * e);
            sums0[r] += w0 * w;
            sums1[r] += w1 * w;
          }
        }
      }
    }
    double m = multiplier;
    boolean invert = m < 0;
    for (int r = 0; r < repetitions; r++) {
      double b0 = sums0[r];
      double b1 = sums1[r];
      siiDraws[r] = m * b1;
      riiDraws[r] = invert ? b0 / (b0 + b1) : (b0 + b1) / b0;
    }
  }

  /** The per-quantile tables of e^(s g/64), kept from area to area. */
  private double[][] tables(int size) {
    if (exponentials == null || exponentials.length < size) {
      exponentials = new double[size][2 * GRID_HALF + 1];
    }
    return exponentials;
  }
}
