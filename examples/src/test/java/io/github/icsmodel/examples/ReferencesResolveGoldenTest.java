package io.github.icsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What {@code structure.references-resolve} says, byte for byte, when any one id-valued string of the bundled
 * example is made to name nothing, or to name an element of another kind: every leaf of {@code northshire.json}
 * whose value is the id of an element of the document (and which is not itself an {@code id}) is replaced, one at
 * a time, by a missing id and by ids of four different kinds; each document that still reads is validated with the
 * rule alone. The expected text, {@code src/test/resources/golden/references-resolve.txt}, guards the rule's
 * findings when its walk is reshaped; regenerate it with {@code -Dics.updateExamples=true} only when the example or
 * a message is meant to change.
 */
class ReferencesResolveGoldenTest {
  static final Path EXAMPLE = Path.of("data", "northshire.json");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "references-resolve.txt");
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);
  static final List<String> REPLACEMENTS =
      List.of("nowhere", "northshire-hospitals", "northshire-cc", "northshire-hwb", "gp-abbey", "chair");
  static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void findings_for_every_broken_reference_are_unchanged() throws IOException {
    ObjectNode example = (ObjectNode) MAPPER.readTree(EXAMPLE.toFile());
    Set<String> ids = new TreeSet<>();
    example.findValues("id").forEach(id -> ids.add(id.asText()));
    List<String> leaves = new ArrayList<>();
    collect(example, "", ids, leaves);
    Rule rule = RuleSet.all().find(RuleId.of("structure.references-resolve")).orElseThrow();
    Validator validator = Validator.of(RuleSet.of(rule));

    StringBuilder text = new StringBuilder();
    for (String leaf : leaves) {
      for (String replacement : REPLACEMENTS) {
        ObjectNode document = example.deepCopy();
        if (!replace(document, leaf, replacement)) {
          continue;
        }
        IntegratedCareSystem system;
        try {
          system = IcsJson.parseSystem(MAPPER.writeValueAsString(document));
        } catch (IcsException unreadable) {
          continue;
        }
        text.append(leaf).append(" := ").append(replacement).append('\n');
        for (Finding finding : validator.validate(system, AS_OF).findings()) {
          text.append("  ").append(finding.severity()).append(' ').append(finding.path()).append(' ')
              .append(finding.subject().map(Object::toString).orElse("-")).append(": ").append(finding.message())
              .append('\n');
        }
      }
    }
    assertThat(leaves).hasSizeGreaterThan(100);
    if (Boolean.getBoolean("ics.updateExamples")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
    }
    assertThat(text.toString()).as("regenerate with -Dics.updateExamples=true")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  /** The JSON Pointers of every string leaf, not an {@code id}, whose value is an id of the document. */
  private static void collect(JsonNode node, String pointer, Set<String> ids, List<String> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getValue().isTextual()) {
          if (!field.getKey().equals("id") && ids.contains(field.getValue().asText())) {
            leaves.add(pointer + "/" + field.getKey());
          }
        } else {
          collect(field.getValue(), pointer + "/" + field.getKey(), ids, leaves);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (element.isTextual()) {
          if (ids.contains(element.asText())) {
            leaves.add(pointer + "/" + i);
          }
        } else {
          collect(element, pointer + "/" + i, ids, leaves);
        }
      }
    }
  }

  /** Replaces the leaf, unless it already holds that value or its array already does (a set has no repeats). */
  private static boolean replace(ObjectNode document, String leaf, String replacement) {
    int slash = leaf.lastIndexOf('/');
    JsonNode parent = document.at(leaf.substring(0, slash));
    String last = leaf.substring(slash + 1);
    if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      for (JsonNode element : array) {
        if (element.asText().equals(replacement)) {
          return false;
        }
      }
      array.set(Integer.parseInt(last), TextNode.valueOf(replacement));
      return true;
    }
    if (parent.get(last).asText().equals(replacement)) {
      return false;
    }
    ((ObjectNode) parent).put(last, replacement);
    return true;
  }
}
