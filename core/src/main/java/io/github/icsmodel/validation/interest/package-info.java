/**
 * The validation rules for conflicts of interest under s.14Z30 of the NHS Act 2006: the registers an integrated
 * care board must keep, their openness to the public, and the 28-day limit for declarations. Not exported: reach the
 * rules through {@link io.github.icsmodel.validation.RuleSet#all()}.
 */
@IcsStyle
package io.github.icsmodel.validation.interest;

import io.github.icsmodel.IcsStyle;
