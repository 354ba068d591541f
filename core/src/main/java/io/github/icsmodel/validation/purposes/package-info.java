/**
 * Rules on the system's objectives and the four core purposes of an integrated care system (NHS England and NHS
 * Improvement, Interim guidance on the functions and governance of the integrated care board, August 2021). Policy,
 * not law: the findings are warnings. Not exported: the rules are reached through {@link
 * io.github.icsmodel.validation.purposes.PurposeRules#rules()}.
 */
@IcsStyle
package io.github.icsmodel.validation.purposes;

import io.github.icsmodel.IcsStyle;
