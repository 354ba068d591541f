/**
 * Rules on the structure of a configuration: ids unique across the lists that share one namespace of references,
 * every reference resolving to something of the right kind, places within the footprint, and acute and mental
 * health trusts in provider collaboratives. Not exported: the rules are reached through {@link
 * io.github.icsmodel.validation.structure.StructureRules#rules()}.
 */
@IcsStyle
package io.github.icsmodel.validation.structure;

import io.github.icsmodel.IcsStyle;
