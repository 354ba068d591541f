/**
 * Rules on how a system measures health inequalities: indicators for both limbs of the inequalities duty in s.14Z35
 * of the NHS Act 2006 (access and outcomes), indicator data broken down as NHS England's statement on information
 * on health inequalities under s.13SA expects (at a minimum by deprivation, ethnicity, age and sex), and inequalities
 * objectives whose target date has passed with no measurement recorded. Not exported: the rules are reached through
 * {@link io.github.icsmodel.validation.inequality.InequalityRules#rules()}.
 */
@IcsStyle
package io.github.icsmodel.validation.inequality;

import io.github.icsmodel.IcsStyle;
