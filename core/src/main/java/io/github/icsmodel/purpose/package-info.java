/**
 * The four core purposes of an integrated care system, as NHS England words them, and the system's objectives,
 * each serving one or more purposes.
 */
@IcsStyle
package io.github.icsmodel.purpose;

import io.github.icsmodel.IcsStyle;
