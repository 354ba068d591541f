/**
 * References to the law and to NHS England policy: the basis of every duty and every validation rule.
 *
 * <p>A {@link io.github.icsmodel.law.Basis} is either a {@link io.github.icsmodel.law.LegalReference} (an Act or
 * statutory instrument, with section or schedule paragraph and subdivision) or a
 * {@link io.github.icsmodel.law.PolicyReference} (an NHS England or government document and its date). The two
 * are different tiers: statutory requirements and policy expectations are reported at different severities.
 */
@IcsStyle
package io.github.icsmodel.law;

import io.github.icsmodel.IcsStyle;
