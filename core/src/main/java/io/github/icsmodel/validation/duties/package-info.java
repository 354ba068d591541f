/**
 * Rules on the ICB's assurance of its general duties (NHS Act 2006 ss.14Z34 to 14Z45, inserted by s.25 of the
 * Health and Care Act 2022 and in force from 1 July 2022): an accountable lead for each, current evidence, and
 * evidence for both limbs of the inequalities duty in s.14Z35. Not exported: the rules are reached through {@link
 * io.github.icsmodel.validation.duties.DutyRules#rules()}.
 */
@IcsStyle
package io.github.icsmodel.validation.duties;

import io.github.icsmodel.IcsStyle;
