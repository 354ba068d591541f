/**
 * Local data that a configuration carries alongside the model: the {@code extensions} object every entity may
 * have, preserved exactly through reading and writing.
 */
@IcsStyle
package io.github.icsmodel.extension;

import io.github.icsmodel.IcsStyle;
