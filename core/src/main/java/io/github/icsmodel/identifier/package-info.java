/**
 * Identifiers as values: the ODS codes of the NHS's Organisation Data Service
 * ({@link io.github.icsmodel.identifier.OdsCode}), the ONS's GSS codes of areas
 * ({@link io.github.icsmodel.identifier.GssCode}, whose prefix names the kind of area,
 * {@link io.github.icsmodel.identifier.GssEntity}) and the ids a configuration gives its own elements
 * ({@link io.github.icsmodel.identifier.LocalId}).
 *
 * <p>Each identifier has exactly one way in, a validating {@code of(String)}, and {@code toString()} gives the
 * canonical text back, so {@code X.of(x.toString()).equals(x)} always holds. Text that is not an identifier of its
 * kind is refused with an {@link io.github.icsmodel.InvalidValueException} that says what was expected and, for a code
 * in the wrong case, what was probably meant ({@code OdsCode.of("qyg")} suggests {@code "QYG"}):
 *
 * <pre>{@code
 * OdsCode icb = OdsCode.of("QYG");
 * GssCode area = GssCode.of("E54000008");
 * boolean isIcb = area.is(GssEntity.INTEGRATED_CARE_BOARD); // true: E54 is the ICB entity
 * LocalId chair = LocalId.of("chair");
 * }</pre>
 *
 * <p>The rest of the model refers to organisations and areas by these values: an organisation's ODS and GSS codes
 * ({@link io.github.icsmodel.organisation.Organisation}), and the local ids by which a committee, a co-operation
 * arrangement or a declaration of interests names another element of the same configuration;
 * {@link io.github.icsmodel.identifier.LocalIds#requireUnique LocalIds.requireUnique} checks that the ids of a list
 * are unique. The JSON format ({@code io.github.icsmodel.json} in the {@code ics-serialization} module) writes each
 * identifier as its canonical text, and England's reference data ({@code io.github.icsmodel.reference}) find ICBs,
 * regions and areas by them.
 *
 * <p>Identifiers are immutable, thread-safe, comparable and serializable; {@code of(null)} throws
 * {@link java.lang.NullPointerException}.
 */
@IcsStyle
package io.github.icsmodel.identifier;

import io.github.icsmodel.IcsStyle;
