package io.github.icsmodel.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON fragments {@code ics explain} shows for rules that need data in the configuration (board seats, plans,
 * registers, ICP members...): where to add each and what to add, in one resource, {@code fragments.json} beside
 * this class. Every fragment is example data in format {@code icsmodel/1}; the tests insert each into a starting
 * configuration and read it strictly and against the JSON Schema.
 */
final class Fragments {
  private static final String RESOURCE = "fragments.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One fragment: where it goes, the JSON to add, and an optional note. */
  static final class Fragment {
    final String at;
    final JsonNode value;
    final Optional<String> note;

    Fragment(String at, JsonNode value, Optional<String> note) {
      this.at = at;
      this.value = value;
      this.note = note;
    }

    /** Where to add the fragment in words: to an array, or as a property. */
    String where() {
      return at.endsWith("/-") ? "add to the array " + at.substring(0, at.length() - 2) : "set " + at;
    }

    /** The fragment as indented JSON, with two-space indentation and no final newline. */
    String text() {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      try {
        return JSON.writer(pretty).writeValueAsString(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Fragments() {}

  /** The fragments by rule id, in the resource's order. */
  static Map<String, Fragment> all() {
    return Holder.ALL;
  }

  /** The fragment for a rule, if it has one. */
  static Optional<Fragment> forRule(String ruleId) {
    return Optional.ofNullable(all().get(ruleId));
  }

  private static final class Holder {
    static final Map<String, Fragment> ALL = load();
  }

  private static Map<String, Fragment> load() {
    try (InputStream in = Fragments.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode fragments = JSON.readTree(in).get("fragments");
      Map<String, Fragment> all = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      for (Iterator<String> names = fragments.fieldNames(); names.hasNext(); ) {
        ids.add(names.next());
      }
      for (String id : ids) {
        JsonNode entry = fragments.get(id);
        all.put(id, new Fragment(entry.get("at").asText(), entry.get("fragment"),
            Optional.ofNullable(entry.get("note")).map(JsonNode::asText)));
      }
      return java.util.Collections.unmodifiableMap(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
