/**
 * National rules: the areas of integrated care boards must not overlap and must together cover England (NHS Act
 * 2006 s.14Z25(3) and (4)). They check a {@link io.github.icsmodel.system.NationalConfiguration}. Not exported: the
 * rules are reached through {@link io.github.icsmodel.validation.england.EnglandRules}.
 */
@IcsStyle
package io.github.icsmodel.validation.england;

import io.github.icsmodel.IcsStyle;
