/**
 * Identifiers as values: ODS codes, ONS GSS codes and the configuration's own ids.
 *
 * <p>Each identifier has exactly one way in, a validating {@code of(String)}, and {@code toString()} gives the
 * canonical text back, so {@code X.of(x.toString()).equals(x)} always holds.
 */
@IcsStyle
package io.github.icsmodel.identifier;

import io.github.icsmodel.IcsStyle;
