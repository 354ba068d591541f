/**
 * Rules on the duties to co-operate: between NHS bodies (NHS Act 2006 s.72) and between NHS bodies and local
 * authorities (s.82), read from the system's co-operation graph. Not exported: the rules are reached through
 * {@link io.github.icsmodel.validation.cooperation.CooperationRules#rules()}.
 */
@IcsStyle
package io.github.icsmodel.validation.cooperation;

import io.github.icsmodel.IcsStyle;
