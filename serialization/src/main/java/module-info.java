/**
 * icsmodel serialization: reading and writing icsmodel configurations as JSON (format {@code icsmodel/1}), through
 * the Jackson module {@link io.github.icsmodel.json.IcsModule} and the front door
 * {@link io.github.icsmodel.json.IcsJson}.
 */
module io.github.icsmodel.serialization {
  requires transitive io.github.icsmodel.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports io.github.icsmodel.json;

  provides com.fasterxml.jackson.databind.Module with
      io.github.icsmodel.json.IcsModule;
}
