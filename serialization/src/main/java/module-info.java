/**
 * icsmodel serialization: reading and writing icsmodel configurations, and the England reference data (the 42
 * integrated care boards, the 7 NHS England regions, the 106 sub-ICB locations and each ICB's footprint by local
 * authority) derived from ONS Open Geography Portal products.
 */
module io.github.icsmodel.serialization {
  requires transitive io.github.icsmodel.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.icsmodel.reference;
  exports io.github.icsmodel.indicatorcsv;
}
