/**
 * icsmodel serialization: reading and writing icsmodel configurations as JSON (format {@code icsmodel/1}), through
 * the Jackson module {@link io.github.icsmodel.json.IcsModule} and the front door
 * {@link io.github.icsmodel.json.IcsJson}; and the England reference data (the integrated care boards with their
 * dates and successions, the 7 NHS England regions, the 106 sub-ICB locations and each ICB's footprint by local
 * authority) derived from ONS Open Geography Portal products, with the validation rules that use it.
 */
// Immutables' annotations are an automatic module, required static: at compile time only, never by users.
@SuppressWarnings("requires-automatic")
module io.github.icsmodel.serialization {
  requires transitive io.github.icsmodel.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires de.siegmar.fastcsv;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.icsmodel.json;
  exports io.github.icsmodel.reference;
  exports io.github.icsmodel.indicatorcsv;

  provides com.fasterxml.jackson.databind.Module with
      io.github.icsmodel.json.IcsModule;
  provides io.github.icsmodel.validation.RuleProvider with
      io.github.icsmodel.reference.EnglandReferenceRules;
}
