package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The format reference, {@code docs/format.md}, says what the library does: its example reads as shown. */
class FormatDocumentationTest {
  private static final Path FORMAT_MD = Path.of("..", "docs", "format.md");

  private static List<String> jsonBlocks() throws IOException {
    Matcher block = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(FORMAT_MD));
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  @Test
  void theAnnotatedExampleReadsIsValidAndIsWrittenAsShown() throws IOException {
    List<String> blocks = jsonBlocks();
    assertThat(blocks).hasSize(1);
    String example = blocks.get(0);

    IntegratedCareSystem system = IcsJson.parseSystem(example);

    assertThat(IcsJson.toJson(system)).isEqualTo(example);
    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(IcsJson.schema())
            .validate(example, InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void theErrorMessagesShownAreInTheReadersWords() throws IOException {
    String text = Files.readString(FORMAT_MD);

    assertThat(text)
        .contains(problem("{}"))
        .contains(problem("{\"format\": \"icsmodel/2\"}"))
        .contains(problem(IcsJsonTest.system("\"organisations\": [{\"id\": \"o\", \"kind\": \"nhs-trust\"}]")))
        .contains(problem(IcsJsonTest.system("\"icb\": 1").replaceFirst("\"icb\": \\{[^}]*},\\s*", "")
            .replace("\"icb\": 1", "\"icb\": {\"id\": \"i\", \"name\": \"I\", \"constitutionPublished\": \"yes\"}")));
  }

  /** The problem part of the reader's message for a document it refuses. */
  private static String problem(String json) {
    try {
      IcsJson.parseSystem(json);
      throw new AssertionError("read: " + json);
    } catch (IcsJsonException e) {
      return e.problem();
    }
  }
}
