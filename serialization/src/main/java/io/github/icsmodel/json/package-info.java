/**
 * JSON for icsmodel: format {@code icsmodel/1}, in which configurations of integrated care systems are kept in files
 * that people edit by hand and that other systems produce.
 *
 * <p>{@link io.github.icsmodel.json.IcsJson} is the front door: it reads and writes systems and national
 * configurations from strings, streams and files, and gives the JSON Schema
 * ({@link io.github.icsmodel.json.IcsJson#schema()}). {@link io.github.icsmodel.json.IcsJson#reader()} gives an
 * {@link io.github.icsmodel.json.IcsJsonReader}, whose {@link io.github.icsmodel.json.ReadResult} also carries the
 * warnings and the line and column of every element ({@link io.github.icsmodel.json.SourceLocations}); a lenient
 * reader turns unknown properties into warnings. {@link io.github.icsmodel.json.IcsModule} is the Jackson module for
 * those who bring their own {@code ObjectMapper}. Given a {@code system}, read from a file or built as
 * {@code io.github.icsmodel.system} shows:
 *
 * <pre>{@code
 * String json = IcsJson.toJson(system);
 * IntegratedCareSystem read = IcsJson.parseSystem(json); // equal to system
 * String edited = json.replaceFirst("\"name\"", "\"nickname\": \"North\", \"name\""); // not in the format
 * ReadResult<IntegratedCareSystem> withWarnings = IcsJson.reader().lenient().parseSystem(edited);
 * // withWarnings.warnings(): the unknown property "nickname", with its JSON Pointer, line and column
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IcsModule()); // for your own ObjectMapper
 * }</pre>
 *
 * <p>A document that cannot be read fails with an {@link io.github.icsmodel.json.IcsJsonException}, which says where
 * (file, line, column and JSON Pointer) and why; nothing is accepted in part. Writing, then reading, gives an equal
 * value, under any locale.
 *
 * <p>The format is the model spelt in JSON: property names are the model's accessor names, enum constants are
 * lower-case kebab-case ({@code CHIEF_EXECUTIVE} is {@code "chief-executive"}), identifiers are their canonical text,
 * dates are ISO-8601, numbers are kept exactly. It is described in {@code docs/format.md} and by the JSON Schema.
 * Formats evolve compatibly: a document in {@code icsmodel/1} that reads today reads tomorrow. The values read are
 * those of the core module's model packages ({@code io.github.icsmodel.system} and its neighbours); the module also
 * writes and reads validation reports and findings in the shapes {@code docs/format.md} gives.
 *
 * <p>{@code IcsJson}'s methods are thread-safe and its readers immutable and thread-safe; register the module once,
 * as with any Jackson module, and share the mapper. No method accepts or returns null.
 */
package io.github.icsmodel.json;
