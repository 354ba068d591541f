/**
 * Validation of integrated care systems against the law and NHS England policy.
 */
@IcsStyle
package io.github.icsmodel.validation;

import io.github.icsmodel.IcsStyle;
