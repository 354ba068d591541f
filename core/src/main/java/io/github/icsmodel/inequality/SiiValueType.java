package io.github.icsmodel.inequality;

/**
 * What kind of indicator an SII is calculated for; PHEindicatormethods' {@code value_type} argument. It decides the
 * scale on which each quantile's uncertainty is taken to be normal, and the transformation applied when
 * {@link SiiOptions#transform()} is set.
 */
public enum SiiValueType {
  /**
   * Any other indicator, such as life expectancy, taken to be normal on its own scale ({@code value_type = 0},
   * "normal").
   */
  OTHER(0, "normal", "none"),
  /** A rate, taken to be log-normal: the log of the rate is normal ({@code value_type = 1}). */
  RATE(1, "rate", "log"),
  /**
   * A proportion between 0 and 1, taken to be logit-normal: ln(p/(1 - p)) is normal ({@code value_type = 2}).
   */
  PROPORTION(2, "proportion", "logit");

  private final int code;
  private final String label;
  private final String transformation;

  SiiValueType(int code, String label, String transformation) {
    this.code = code;
    this.label = label;
    this.transformation = transformation;
  }

  /**
   * The package's code: 0, 1 or 2.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * The package's {@code indicator_type} output: "normal", "rate" or "proportion".
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The name of the transformation T: "none", "log" or "logit".
   *
   * @return the name
   */
  public String transformation() {
    return transformation;
  }

  /**
   * Applies the transformation T: the identity, ln v, or ln(v/(1 - v)).
   *
   * @param value a value on the indicator's scale
   * @return the transformed value
   */
  public double transform(double value) {
    switch (this) {
      case RATE:
        return Math.log(value);
      case PROPORTION:
        return Math.log(value / (1 - value));
      default:
        return value;
    }
  }

  /**
   * Applies the inverse transformation: the identity, e<sup>t</sup>, or e<sup>t</sup>/(1 + e<sup>t</sup>).
   *
   * @param transformed a value on the transformed scale
   * @return the value on the indicator's scale
   */
  public double inverse(double transformed) {
    switch (this) {
      case RATE:
        return Math.exp(transformed);
      case PROPORTION:
        return 1 / (1 + Math.exp(-transformed));
      default:
        return transformed;
    }
  }
}
