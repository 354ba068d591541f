package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The two Northshire examples, the Java one and the JSON document, are the same system. */
class NorthshireSameSystemTest {

  @Test
  void reading_the_json_example_gives_a_value_equal_to_the_java_built_one() {
    IntegratedCareSystem read = IcsJson.readSystem(Path.of("data", "northshire.json"));

    assertThat(read).isEqualTo(Northshire.system());
  }

  @Test
  void writing_the_java_built_example_gives_the_json_document() throws Exception {
    assertThat(IcsJson.toJson(Northshire.system()))
        .isEqualTo(java.nio.file.Files.readString(Path.of("data", "northshire.json")));
  }
}
