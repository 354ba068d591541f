/**
 * Local data that a configuration carries alongside the model: the {@code extensions} object every entity may have (a
 * local reference number, a link to a board paper, a flag a dashboard uses), which the library keeps but never
 * interprets.
 *
 * <p>{@link io.github.icsmodel.extension.Extensions} holds JSON values as plain immutable Java objects:
 * {@link java.lang.String}, {@link java.math.BigDecimal} for every number (so nothing is rounded),
 * {@link java.lang.Boolean}, {@link io.github.icsmodel.extension.Extensions#NULL} for JSON null, lists and maps of
 * them. Anything else is refused with an {@link io.github.icsmodel.InvalidValueException} that names the entry:
 *
 * <pre>{@code
 * Extensions local = Extensions.of(Map.of("localReference", "NS-0042", "priority", new BigDecimal("2")));
 * Object reference = local.values().get("localReference"); // "NS-0042"
 * }</pre>
 *
 * <p>An entity's {@code extensions()} is {@link io.github.icsmodel.extension.Extensions#empty()} unless set. The JSON
 * format ({@code io.github.icsmodel.json}) reads and writes extensions exactly, in their original order, so a
 * configuration read, written and read again has equal extensions. No built-in rule looks at them; a rule of one's
 * own may, as {@link io.github.icsmodel.validation.local.LocalRules#disqualification LocalRules.disqualification}
 * reads a ground of disqualification recorded under a key of a board member's extensions.
 *
 * <p>Extensions are immutable and thread-safe, with structural equality; {@code of(null)} throws
 * {@link java.lang.NullPointerException}.
 */
@IcsStyle
package io.github.icsmodel.extension;

import io.github.icsmodel.IcsStyle;
