/**
 * Rules on the plans and reports the NHS Act 2006 requires of an ICB: the joint forward plan (s.14Z52), the joint
 * capital resource use plan (s.14Z56) and the annual report (s.14Z58). The library checks the facts the
 * configuration states about each document; it does not read the documents. Not exported: the rules are reached
 * through {@link io.github.icsmodel.validation.plans.PlanRules#rules()}.
 */
@IcsStyle
package io.github.icsmodel.validation.plans;

import io.github.icsmodel.IcsStyle;
