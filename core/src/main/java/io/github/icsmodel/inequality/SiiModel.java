package io.github.icsmodel.inequality;

import io.github.icsmodel.inequality.distribution.NormalDistribution;
import java.util.List;

/**
 * The regression of one area, before any simulation: each quantile's population share, relative rank, value on
 * the transformed scale and standard error there, and the weighted least-squares fit of the value on the rank.
 *
 * <p>The fit is linear in the values: &beta;<sub>1</sub> = &Sigma; c1<sub>k</sub> w<sub>k</sub> and
 * &beta;<sub>0</sub> = &Sigma; c0<sub>k</sub> w<sub>k</sub>, with c1<sub>k</sub> = a<sub>k</sub>(b<sub>k</sub> -
 * b&#772;)/&Sigma;a(b - b&#772;)&sup2; and c0<sub>k</sub> = a<sub>k</sub> - b&#772; c1<sub>k</sub>, which is what
 * R's {@code lm(sqrt(a)*w ~ sqrt(a) + b*sqrt(a) - 1)} computes. The weights are computed once per area and serve
 * every simulated repetition.
 */
final class SiiModel {
  /** The z the package hard-codes to turn 95% limits into a standard error: qnorm(0.975). */
  static final double Z_95 = NormalDistribution.quantile(0.975);

  final String area;
  final int size;
  final int[] quantiles;
  /** a: population share. */
  final double[] share;
  /** b: relative rank, the midpoint of the quantile's cumulative population share. */
  final double[] rank;
  /** y: the value on the indicator's scale. */
  final double[] value;
  /** v* = T(y): the value on the transformed scale, the mean of the simulated draws. */
  final double[] transformed;
  /** s: the standard error on the transformed scale. */
  final double[] standardError;
  final double[] interceptWeights;
  final double[] slopeWeights;
  /** The fitted coefficients on the regression scale: transformed with transform, the indicator's otherwise. */
  final double beta0;
  final double beta1;
  /** Variances and covariance of the coefficients when the regression values are normal with sd s. */
  final double interceptVariance;
  final double slopeVariance;
  final double covariance;

  private SiiModel(String area, List<SiiInput> rows, SiiOptions options) {
    this.area = area;
    this.size = rows.size();
    SiiValueType type = options.valueType();
    quantiles = new int[size];
    share = new double[size];
    rank = new double[size];
    value = new double[size];
    transformed = new double[size];
    standardError = new double[size];
    double total = 0;
    for (SiiInput row : rows) {
      total += row.population();
    }
    double cumulative = 0;
    for (int k = 0; k < size; k++) {
      SiiInput row = rows.get(k);
      quantiles[k] = row.quantile();
      share[k] = row.population() / total;
      rank[k] = cumulative + share[k] / 2;
      cumulative += share[k];
      value[k] = row.indicatorValue();
      transformed[k] = type.transform(value[k]);
      standardError[k] = row.hasStandardError()
          ? row.standardError().getAsDouble()
          : (type.transform(row.upperLimit().getAsDouble()) - type.transform(row.lowerLimit().getAsDouble()))
              / Z_95 / 2;
    }
    double meanRank = 0;
    for (int k = 0; k < size; k++) {
      meanRank += share[k] * rank[k];
    }
    double spread = 0;
    for (int k = 0; k < size; k++) {
      double d = rank[k] - meanRank;
      spread += share[k] * d * d;
    }
    slopeWeights = new double[size];
    interceptWeights = new double[size];
    double b0 = 0;
    double b1 = 0;
    double v0 = 0;
    double v1 = 0;
    double c01 = 0;
    for (int k = 0; k < size; k++) {
      slopeWeights[k] = share[k] * (rank[k] - meanRank) / spread;
      interceptWeights[k] = share[k] - meanRank * slopeWeights[k];
      double w = options.transform() ? transformed[k] : value[k];
      b0 += interceptWeights[k] * w;
      b1 += slopeWeights[k] * w;
      double s2 = standardError[k] * standardError[k];
      v0 += interceptWeights[k] * interceptWeights[k] * s2;
      v1 += slopeWeights[k] * slopeWeights[k] * s2;
      c01 += interceptWeights[k] * slopeWeights[k] * s2;
    }
    beta0 = b0;
    beta1 = b1;
    interceptVariance = v0;
    slopeVariance = v1;
    covariance = c01;
  }

  /** Fits one area; the rows are complete and sorted by quantile. */
  static SiiModel fit(String area, List<SiiInput> rows, SiiOptions options) {
    return new SiiModel(area, rows, options);
  }
}
