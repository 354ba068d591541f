/**
 * The probability distributions behind the public-health statistical methods of
 * {@link io.github.icsmodel.inequality}: the standard normal quantile, the regularised incomplete gamma and beta
 * functions, and the chi-square and Student t quantiles built on them.
 *
 * <p>This package is internal. The module does not export it, and its API may change in any release. It exists
 * because the core module depends on Guava only, so the few functions the methods need are implemented here, each
 * naming the published algorithm it follows, and tested against values computed to 30 significant digits.
 *
 * <p>Every class is a stateless utility; every method is thread-safe.
 */
@IcsStyle
package io.github.icsmodel.inequality.distribution;

import io.github.icsmodel.IcsStyle;
