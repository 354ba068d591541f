/**
 * JSON for icsmodel: format {@code icsmodel/1}, in which configurations of integrated care systems are kept in
 * files that people edit by hand and that other systems produce.
 *
 * <p>{@link io.github.icsmodel.json.IcsJson} reads and writes documents; {@link io.github.icsmodel.json.IcsJsonReader}
 * reads them with warnings and source locations; {@link io.github.icsmodel.json.IcsModule} is the Jackson module for
 * those who bring their own {@code ObjectMapper}. A document that cannot be read fails with an
 * {@link io.github.icsmodel.json.IcsJsonException}, which says where and why.
 *
 * <p>The format is the model spelt in JSON: property names are the model's accessor names, enum constants are
 * lower-case kebab-case ({@code CHIEF_EXECUTIVE} is {@code "chief-executive"}), identifiers are their canonical text,
 * dates are ISO-8601, numbers are kept exactly. It is described in {@code docs/format.md} and by the JSON Schema that
 * {@link io.github.icsmodel.json.IcsJson#schema()} returns.
 */
package io.github.icsmodel.json;
