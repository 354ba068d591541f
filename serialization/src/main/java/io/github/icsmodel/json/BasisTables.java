package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.JsonPointer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The basis of a finding or a rule in a validation report ({@code icsmodel-report/1}): a provision of an Act,
 * or a policy document. {@link ReportTables} writes and reads it as a finding's {@code basis}.
 */
final class BasisTables {
  private BasisTables() {}

  private static final ValueFormat<Act> ACT = Values.enumOf(Act.class);

  static void writeBasis(Basis basis, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("citation", basis.citation());
    generator.writeBooleanField("statutory", basis.isStatutory());
    if (basis instanceof LegalReference) {
      LegalReference law = (LegalReference) basis;
      generator.writeFieldName("act");
      ACT.write(law.act(), generator);
      if (law.schedule().isPresent()) {
        generator.writeStringField("schedule", law.schedule().get());
      }
      generator.writeStringField(law.schedule().isPresent() ? "paragraph" : "section", law.number());
      if (!law.subdivisionText().isEmpty()) {
        generator.writeStringField("subdivision", law.subdivisionText());
      }
    } else if (basis instanceof PolicyReference) {
      PolicyReference policy = (PolicyReference) basis;
      generator.writeStringField("publisher", policy.publisher());
      generator.writeStringField("title", policy.title());
      if (policy.date().isPresent()) {
        generator.writeStringField("date", policy.date().get());
      }
      if (policy.part().isPresent()) {
        generator.writeStringField("part", policy.part().get());
      }
    } else {
      throw new IllegalArgumentException("not a basis this format knows: " + basis.getClass().getName());
    }
    generator.writeEndObject();
  }

  private static final List<String> BASIS_PROPERTIES =
      ImmutableList.of(
          "citation", "statutory", "act", "schedule", "paragraph", "section", "subdivision", "publisher", "title",
          "date", "part");

  static Basis readBasis(JsonParser parser, Reading reading) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    Map<String, Object> values = new HashMap<>();
    Set<String> seen =
        ReportTables.readObject(
            parser,
            reading,
            false,
            BASIS_PROPERTIES,
            (name, p) -> {
              switch (name) {
                case "statutory":
                  values.put(name, Values.BOOLEAN.read(p, reading));
                  break;
                case "act":
                  values.put(name, ACT.read(p, reading));
                  break;
                default:
                  values.put(name, ReportTables.text(p, reading));
              }
            });
    ReportTables.require(parser, reading, start, seen, "citation", "statutory");
    JsonPointer here = Pointers.of(parser.getParsingContext());
    boolean statutory = (Boolean) values.get("statutory");
    List<String> allowed =
        statutory
            ? ImmutableList.of("citation", "statutory", "act", "schedule", "paragraph", "section", "subdivision")
            : ImmutableList.of("citation", "statutory", "publisher", "title", "date", "part");
    for (String name : seen) {
      if (!allowed.contains(name)) {
        throw reading.problemAt(
            parser, here, start, "a " + (statutory ? "statutory" : "policy") + " basis has no property \"" + name + "\"");
      }
    }
    Basis basis;
    try {
      if (statutory) {
        ReportTables.require(parser, reading, start, seen, "act");
        Act act = (Act) values.get("act");
        LegalReference law;
        if (seen.contains("schedule")) {
          ReportTables.require(parser, reading, start, seen, "paragraph");
          law = LegalReference.scheduleParagraph(act, (String) values.get("schedule"), (String) values.get("paragraph"));
        } else {
          ReportTables.require(parser, reading, start, seen, "section");
          law = LegalReference.section(act, (String) values.get("section"));
        }
        basis = seen.contains("subdivision") ? law.subdivision((String) values.get("subdivision")) : law;
      } else {
        ReportTables.require(parser, reading, start, seen, "publisher", "title");
        PolicyReference policy =
            PolicyReference.of(
                (String) values.get("publisher"), (String) values.get("title"), (String) values.getOrDefault("date", ""));
        basis = seen.contains("part") ? policy.part((String) values.get("part")) : policy;
      }
    } catch (InvalidValueException e) {
      throw reading.problemAt(parser, here, start, e.getMessage());
    }
    if (!basis.citation().equals(values.get("citation"))) {
      throw reading.problemAt(
          parser,
          here,
          start,
          "the citation " + Reading.quote((String) values.get("citation")) + " does not match the provision, which is cited "
              + Reading.quote(basis.citation()));
    }
    return basis;
  }

  /** The basis format, narrowed to one kind of basis for Jackson's deserializers. */
  static final class BasisFormat<B extends Basis> implements Format<B> {
    private final Class<B> type;

    BasisFormat(Class<B> type) {
      this.type = type;
    }

    @Override
    public B read(JsonParser parser, Reading reading) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      Basis basis = readBasis(parser, reading);
      if (!type.isInstance(basis)) {
        throw reading.problemAt(
            parser,
            Pointers.of(parser.getParsingContext()),
            start,
            "expected a " + (type == LegalReference.class ? "statutory" : "policy") + " basis");
      }
      return type.cast(basis);
    }

    @Override
    public void write(B value, JsonGenerator generator) throws IOException {
      writeBasis(value, generator);
    }

    @Override
    public String name() {
      return type.getSimpleName();
    }

    @Override
    public Class<B> type() {
      return type;
    }
  }
}
