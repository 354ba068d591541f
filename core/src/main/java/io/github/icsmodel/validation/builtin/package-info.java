/**
 * The assembly of the library's built-in validation rules. Not exported: reach them through
 * {@link io.github.icsmodel.validation.RuleSet#all()}.
 */
@IcsStyle
package io.github.icsmodel.validation.builtin;

import io.github.icsmodel.IcsStyle;
