package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of format {@code icsmodel/1}: generated from the format tables, shipped as a resource and copied
 * in {@code docs/}; in step with the model's accessors; accepting every document the writer writes and refusing
 * broken ones, as a real validator (networknt json-schema-validator) judges.
 *
 * <p>Run with {@code -Dicsmodel.schema.update=true} to regenerate the shipped schema and its copy after changing
 * the format.
 */
class SchemaTest {
  private static final Path RESOURCE = Path.of("src", "main", "resources", "io", "github", "icsmodel", "json",
      "icsmodel-1.schema.json");
  private static final Path DOCS_COPY = Path.of("..", "docs", "icsmodel-1.schema.json");
  private static final Path CORE_SOURCES = Path.of("..", "core", "src", "main", "java");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(IcsJson.schema());

  @Test
  void theShippedSchemaIsTheOneTheFormatTablesDescribe() throws IOException {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("icsmodel.schema.update")) {
      Files.writeString(RESOURCE, generated);
      Files.createDirectories(DOCS_COPY.getParent());
      Files.writeString(DOCS_COPY, generated);
    }

    assertThat(IcsJson.schema()).as("regenerate with -Dicsmodel.schema.update=true").isEqualTo(generated);
    assertThat(Files.readString(RESOURCE)).isEqualTo(generated);
    assertThat(Files.readString(DOCS_COPY)).as("the copy in docs/").isEqualTo(generated);
  }

  @Test
  void everyExampleDocumentIsValid() {
    assertThat(Examples.all()).isNotEmpty();
    for (Path example : Examples.all()) {
      assertThat(errors(Examples.text(example))).as(example.toString()).isEmpty();
    }
  }

  static java.util.stream.LongStream seeds60() {
    return java.util.stream.LongStream.range(0, 60);
  }

  static java.util.stream.LongStream seeds20() {
    return java.util.stream.LongStream.range(100, 120);
  }

  @ParameterizedTest
  @MethodSource("seeds60")
  void everySystemTheWriterWritesIsValid(long seed) {
    IntegratedCareSystem system = RandomConfigurations.system(new java.util.Random(seed));
    assertThat(errors(IcsJson.toJson(system))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("seeds20")
  void everyNationalConfigurationTheWriterWritesIsValid(long seed) {
    NationalConfiguration configuration = RandomConfigurations.national(new java.util.Random(seed));
    assertThat(errors(IcsJson.toJson(configuration))).isEmpty();
  }

  /** Breakages of the example, each of which both the schema and the reader refuse. */
  static Stream<Breakage> breakages() {
    return Stream.of(
        new Breakage("no format marker", doc -> doc.remove("format")),
        new Breakage("another format version", doc -> doc.put("format", "icsmodel/2")),
        new Breakage("an unknown property", doc -> ((ObjectNode) doc.get("icb")).put("colour", "blue")),
        new Breakage("an unknown role", doc -> member(doc, 0).put("role", "chiar")),
        new Breakage("a role in Java case", doc -> member(doc, 1).put("role", "CHIEF_EXECUTIVE")),
        new Breakage("a missing required property", doc -> ((ObjectNode) doc.get("icb")).remove("name")),
        new Breakage("a string for a boolean", doc -> ((ObjectNode) doc.get("icb")).put("constitutionPublished", "yes")),
        new Breakage("a malformed ODS code", doc -> organisation(doc, 4).put("odsCode", "r9a")),
        new Breakage("a date in words", doc -> ((ObjectNode) doc.get("icb")).put("establishedOn", "1 July 2022")),
        new Breakage("a financial year with a hyphen",
            doc -> ((ObjectNode) doc.withArray("/annualReports").get(0)).put("financialYear", "2024-25")),
        new Breakage("a value listed twice in a set",
            doc -> ((ArrayNode) doc.withArray("/places").get(0).get("members")).add("northshire-icb")),
        new Breakage("null for an optional value", doc -> ((ObjectNode) doc.get("icb")).putNull("odsCode")),
        new Breakage("a string for a number",
            doc -> ((ObjectNode) doc.withArray("/annualReports").get(0)).put("mentalHealthProportion", "0.139")),
        new Breakage("an object for a list", doc -> doc.putObject("organisations")),
        new Breakage("extensions that are not an object", doc -> doc.putArray("extensions")),
        new Breakage("a malformed duty id", doc -> ((ObjectNode) doc.withArray("/dutyAssurances").get(0)).put("duty", "s.14Z34")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void aBrokenDocumentIsRefusedByTheSchemaAndByTheReader(Breakage breakage) throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(Examples.text(Examples.NORTHSHIRE));
    breakage.apply.accept(document);
    String json = MAPPER.writeValueAsString(document);

    assertThat(errors(json)).as("schema errors").isNotEmpty();
    assertThatThrownBy(() -> IcsJson.parseSystem(json)).isInstanceOf(IcsJsonException.class);
  }

  @Test
  void anEditorsSchemaBindingIsAcceptedAtTheTopByTheSchemaAndByTheStrictReader() throws IOException {
    String text = Examples.text(Examples.NORTHSHIRE);
    String marker = "\"format\": \"icsmodel/1\",";
    assertThat(text).contains(marker);
    String json = text.replaceFirst(java.util.regex.Pattern.quote(marker),
        marker + "\n  \"\\$schema\": \"./icsmodel-1.schema.json\",");
    assertThat(json).contains("\"$schema\": \"./icsmodel-1.schema.json\"");

    assertThat(errors(json)).isEmpty();
    IntegratedCareSystem read = IcsJson.parseSystem(json);
    assertThat(read).isEqualTo(IcsJson.parseSystem(Examples.text(Examples.NORTHSHIRE)));
    assertThat(IcsJson.toJson(read)).as("not kept: the writer writes the configuration").doesNotContain("$schema");

    ObjectNode example = (ObjectNode) MAPPER.readTree(text);
    example.remove("format");
    ObjectNode national = MAPPER.createObjectNode().put("format", IcsJson.FORMAT).put("$schema", "x.json");
    national.putArray("systems").add(example);
    assertThat(errors(MAPPER.writeValueAsString(national))).isEmpty();
    assertThat(IcsJson.parseNational(MAPPER.writeValueAsString(national)).systems()).hasSize(1);
  }

  @Test
  void aSchemaBindingThatIsNotAStringOrNotAtTheTopIsRefusedByBoth() throws IOException {
    ObjectNode number = (ObjectNode) MAPPER.readTree(Examples.text(Examples.NORTHSHIRE));
    number.put("$schema", 1);
    String numberJson = MAPPER.writeValueAsString(number);
    assertThat(errors(numberJson)).isNotEmpty();
    assertThatThrownBy(() -> IcsJson.parseSystem(numberJson)).isInstanceOf(IcsJsonException.class)
        .hasMessageContaining("/$schema").hasMessageContaining("a string");

    String first = Examples.text(Examples.NORTHSHIRE).replaceFirst("\\{", "{\"\\$schema\": \"x.json\", ");
    assertThatThrownBy(() -> IcsJson.parseSystem(first)).isInstanceOf(IcsJsonException.class)
        .hasMessageContaining("missing the format marker").hasMessageContaining("\"$schema\" follows the marker");

    ObjectNode nested = (ObjectNode) MAPPER.readTree(Examples.text(Examples.NORTHSHIRE));
    ((ObjectNode) nested.get("icb")).put("$schema", "x.json");
    String nestedJson = MAPPER.writeValueAsString(nested);
    assertThat(errors(nestedJson)).isNotEmpty();
    assertThatThrownBy(() -> IcsJson.parseSystem(nestedJson)).isInstanceOf(IcsJsonException.class)
        .hasMessageContaining("unknown property \"$schema\"");
  }

  @Test
  void aNationalDocumentIsValidAndASystemDocumentIsNotANationalOne() throws IOException {
    String system = Examples.text(Examples.NORTHSHIRE);
    ObjectNode inner = (ObjectNode) MAPPER.readTree(system);
    inner.remove("format");
    ObjectNode national = MAPPER.createObjectNode().put("format", IcsJson.FORMAT);
    national.putArray("systems").add(inner);

    assertThat(errors(MAPPER.writeValueAsString(national))).isEmpty();
    national.withArray("/systems").insert(0, MAPPER.readTree(system));
    assertThat(errors(MAPPER.writeValueAsString(national))).as("format inside a system").isNotEmpty();
  }

  @Test
  void everyTypeOfAConfigurationHasAFormatWhosePropertiesAreItsAccessors() throws Exception {
    Map<Class<?>, ObjectFormat<?, ?>> formats =
        Formats.ALL.stream().collect(Collectors.toMap(ObjectFormat::type, f -> f));
    JsonNode defs = MAPPER.readTree(IcsJson.schema()).get("$defs");
    Set<Class<?>> types = typesOfAConfiguration();
    assertThat(types).hasSizeGreaterThan(30);

    for (Class<?> type : types) {
      Set<String> accessors = accessors(type).keySet();
      ObjectFormat<?, ?> format = formats.get(type);
      assertThat(format).as("the format of %s", type.getName()).isNotNull();
      assertThat(format.properties().stream().map(ObjectFormat.Property::name))
          .as("the properties of %s", type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(accessors);
      Set<String> inSchema = new LinkedHashSet<>();
      defs.get(format.name()).get("properties").fieldNames().forEachRemaining(inSchema::add);
      assertThat(inSchema).as("the schema's properties of %s", type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(accessors);
    }
    assertThat(formats.keySet()).as("formats of types no configuration holds").allMatch(types::contains);
  }

  /**
   * The value types a configuration is made of: those Immutables generates a builder for, reached from a system
   * and a national configuration through their accessors (and the type arguments of lists, sets and optionals).
   */
  private static Set<Class<?>> typesOfAConfiguration() throws ClassNotFoundException {
    Set<Class<?>> found = new LinkedHashSet<>();
    java.util.Deque<Class<?>> queue = new java.util.ArrayDeque<>(List.of(IntegratedCareSystem.class, NationalConfiguration.class));
    while (!queue.isEmpty()) {
      Class<?> type = queue.removeFirst();
      if (!found.add(type)) {
        continue;
      }
      for (java.lang.reflect.Type returned : accessors(type).values()) {
        for (Class<?> part : classesIn(returned)) {
          if (isImmutablesType(part) && !found.contains(part)) {
            queue.addLast(part);
          }
        }
      }
    }
    return found;
  }

  private static List<Class<?>> classesIn(java.lang.reflect.Type type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type instanceof Class) {
      classes.add((Class<?>) type);
    } else if (type instanceof java.lang.reflect.ParameterizedType) {
      for (java.lang.reflect.Type argument : ((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()) {
        classes.addAll(classesIn(argument));
      }
    }
    return classes;
  }

  private static boolean isImmutablesType(Class<?> type) {
    try {
      Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      return Modifier.isAbstract(type.getModifiers());
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void propertiesAreWrittenInTheOrderTheAccessorsAreDeclared() throws IOException {
    Pattern accessor = Pattern.compile(
        "(@Value\\.Default\\s+public|public abstract)\\s+[\\w<>?, .]+?\\s+(\\w+)\\(\\)");
    for (ObjectFormat<?, ?> format : Formats.ALL) {
      Path source = CORE_SOURCES.resolve(format.type().getName().replace('.', '/') + ".java");
      Matcher matcher = accessor.matcher(Files.readString(source));
      List<String> declared = new ArrayList<>();
      while (matcher.find()) {
        declared.add(matcher.group(2));
      }
      assertThat(format.properties().stream().map(ObjectFormat.Property::name))
          .as("the order of %s's properties", format.name())
          .containsExactlyElementsOf(declared);
    }
  }

  /**
   * The model's accessors, with their return types: abstract, or given a default, so set on the builder; derived
   * values excluded.
   */
  private static Map<String, java.lang.reflect.Type> accessors(Class<?> type) throws ClassNotFoundException {
    Class<?> builder = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Builder");
    Set<String> setters = new LinkedHashSet<>();
    for (Method method : builder.getMethods()) {
      if (method.getParameterCount() == 1) {
        setters.add(method.getName());
      }
    }
    Map<String, java.lang.reflect.Type> accessors = new java.util.TreeMap<>();
    for (Method method : type.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && method.getParameterCount() == 0
          && (Modifier.isAbstract(modifiers) || (!Modifier.isFinal(modifiers) && setters.contains(method.getName())))) {
        accessors.put(method.getName(), method.getGenericReturnType());
      }
    }
    return accessors;
  }

  private static ObjectNode member(ObjectNode document, int index) {
    return (ObjectNode) document.get("icb").get("board").get("members").get(index);
  }

  private static ObjectNode organisation(ObjectNode document, int index) {
    return (ObjectNode) document.get("organisations").get(index);
  }

  private static List<String> errors(String json) {
    List<String> messages = new ArrayList<>();
    for (Error error : SCHEMA.validate(json, com.networknt.schema.InputFormat.JSON)) {
      messages.add(error.toString());
    }
    return messages;
  }

  static final class Breakage {
    final String what;
    final Consumer<ObjectNode> apply;

    Breakage(String what, Consumer<ObjectNode> apply) {
      this.what = what;
      this.apply = apply;
    }

    @Override
    public String toString() {
      return what;
    }
  }

}
