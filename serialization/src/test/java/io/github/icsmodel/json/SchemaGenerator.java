package io.github.icsmodel.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON Schema (draft 2020-12) of format {@code icsmodel/1} from the format tables in {@link Formats}, so
 * that the schema says what the reader reads: each object type's properties and which are required, each value's
 * JSON type and textual form, each enum's names.
 *
 * <p>The schema checks structure. The reader also checks every rule of the model's builders (a blank name, a share
 * outside 0 to 100, a duplicate id): those are not in the schema.
 */
final class SchemaGenerator {
  static final String ID = "https://github.com/icsmodel/icsmodel/blob/main/docs/icsmodel-1.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The JSON Schema of each value format that is not an enum, by the format's name. */
  private static final Map<String, ObjectNode> VALUES = new LinkedHashMap<>();

  static {
    value("String", "Text.", "string", null);
    value("Boolean", "true or false.", "boolean", null);
    value("Integer", "A whole number, written without a fraction or exponent.", "integer", null);
    value("Decimal", "A number, kept exactly as written: 12.50 keeps its two decimal places.", "number", null);
    value("Date", "A date in ISO-8601 form, yyyy-mm-dd.", "string", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    value("LocalId", "An id the configuration gives: 1 to 100 letters, digits, '.', '_' or '-', starting with a"
        + " letter or digit. Case-sensitive.", "string", "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");
    value("OdsCode", "An Organisation Data Service code: 3 to 10 upper-case letters and digits, such as QYG.",
        "string", "^[A-Z0-9]{3,10}$");
    value("GssCode", "An ONS GSS code: E, W, S, N or K and eight digits, such as E54000008.", "string",
        "^[EWSNK][0-9]{8}$");
    value("FinancialYear", "A financial year, 1 April to 31 March, such as 2024/25.", "string",
        "^[0-9]{4}/[0-9]{2}$");
    value("DutyId", "A statutory duty, or a limb of one: an Act code (nhsa2006, lgpiha2007 or hsca2012), a colon,"
        + " the section (or sch, a schedule, a dot and a paragraph) and any bracketed subdivisions, such as"
        + " nhsa2006:14Z35, nhsa2006:14Z35(a) or nhsa2006:sch1B.13.", "string",
        "^(nhsa2006|lgpiha2007|hsca2012):(sch[1-9][0-9]*[A-Z]*\\.)?[1-9][0-9]*[A-Z]*[0-9]*[A-Z]*"
            + "(\\(([1-9][0-9]*[A-Z]*|[a-z]+)\\))*$");
    value("RuleId", "A validation rule's id: a namespace and a name in lower case, such as board.chair-count.",
        "string", "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$");
    value("JsonPointer", "A JSON Pointer (RFC 6901) into the configuration, such as /icb/board/members/3.",
        "string", "^(/([^~/]|~[01])*)*$");
    value("Extensions", "Local data the library carries but does not interpret: any JSON object, kept exactly.",
        "object", null);
  }

  private SchemaGenerator() {}

  private static void value(String name, String description, String type, String pattern) {
    ObjectNode schema = NODES.objectNode();
    schema.put("description", description);
    schema.put("type", type);
    if (pattern != null) {
      schema.put("pattern", pattern);
    }
    VALUES.put(name, schema);
  }

  /** Returns the schema's text, as it is shipped. */
  static String generate() {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "icsmodel configuration, format " + IcsJson.FORMAT);
    schema.put("description", "A document is either one integrated care system or a national configuration of"
        + " several, each beginning with the format marker \"format\": \"" + IcsJson.FORMAT + "\". Property names"
        + " are the model's accessor names; enum values are lower-case kebab-case. See docs/format.md.");
    ArrayNode oneOf = schema.putArray("oneOf");
    oneOf.addObject().put("$ref", "#/$defs/SystemDocument");
    oneOf.addObject().put("$ref", "#/$defs/NationalDocument");
    ObjectNode defs = schema.putObject("$defs");
    defs.set("SystemDocument", objectSchema(SystemFormats.INTEGRATED_CARE_SYSTEM, true,
        "A document holding one integrated care system."));
    defs.set("NationalDocument", objectSchema(SystemFormats.NATIONAL_CONFIGURATION, true,
        "A document holding a national configuration: several systems, and the clusters among them."));
    Map<String, Format<?>> values = new LinkedHashMap<>();
    for (ObjectFormat<?, ?> format : Lists.reverse(Formats.ALL)) {
      defs.set(format.name(), objectSchema(format, false, null));
      for (ObjectFormat.Property<?, ?, ?> property : format.properties()) {
        if (property.format() instanceof ValueFormat) {
          values.putIfAbsent(property.format().name(), property.format());
        }
      }
    }
    List<Format<?>> sorted = new ArrayList<>(values.values());
    sorted.sort(Comparator.comparing(Format::name));
    for (Format<?> format : sorted) {
      defs.set(format.name(), valueSchema(format));
    }
    return print(schema);
  }

  private static ObjectNode valueSchema(Format<?> format) {
    if (format instanceof Values.EnumFormat) {
      ObjectNode schema = NODES.objectNode();
      schema.put("description", "One of the names of " + format.name() + ".");
      ArrayNode names = schema.putArray("enum");
      ((Values.EnumFormat<?>) format).names().forEach(names::add);
      return schema;
    }
    ObjectNode schema = VALUES.get(format.name());
    if (schema == null) {
      throw new IllegalStateException("no schema for the value format " + format.name());
    }
    return schema.deepCopy();
  }

  private static ObjectNode objectSchema(ObjectFormat<?, ?> format, boolean document, String description) {
    ObjectNode schema = NODES.objectNode();
    if (description != null) {
      schema.put("description", description);
    } else {
      schema.put("description", "A " + format.name() + " (" + format.type().getName() + ").");
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    if (document) {
      properties.putObject(IcsJson.FORMAT_PROPERTY).put("const", IcsJson.FORMAT);
      required.add(IcsJson.FORMAT_PROPERTY);
      properties.putObject(IcsJson.SCHEMA_PROPERTY).put("type", "string").put("description",
          "An editor's binding to this JSON Schema (a URI reference); accepted after the format marker, not kept.");
    }
    for (ObjectFormat.Property<?, ?, ?> property : format.properties()) {
      String ref = "#/$defs/" + property.format().name();
      switch (property.kind()) {
        case LIST:
        case SET: {
          ObjectNode array = properties.putObject(property.name());
          array.put("type", "array");
          array.putObject("items").put("$ref", ref);
          if (property.kind() == ObjectFormat.Kind.SET) {
            array.put("uniqueItems", true);
          }
          break;
        }
        default:
          properties.putObject(property.name()).put("$ref", ref);
      }
      if (property.kind() == ObjectFormat.Kind.REQUIRED) {
        required.add(property.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static String print(ObjectNode schema) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
