/**
 * The validation rules for the board of an integrated care board and its committees: the membership and
 * appointments that Schedule 1B to the NHS Act 2006 requires (reported as errors), and what NHS England policy
 * expects beyond it (reported as warnings or advice). Not exported: reach the rules through
 * {@link io.github.icsmodel.validation.RuleSet#all()}. Non-voting participants never count towards any of them.
 */
@IcsStyle
package io.github.icsmodel.validation.board;

import io.github.icsmodel.IcsStyle;
