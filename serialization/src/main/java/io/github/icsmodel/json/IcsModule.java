package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.ValidationReport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Jackson module for icsmodel: serializers and deserializers for every type of the model, in format
 * {@code icsmodel/1}.
 *
 * <p>Register it like any Jackson datatype module, by hand or through {@code ObjectMapper.findAndRegisterModules()}
 * (it is declared in {@code META-INF/services} and in {@code module-info}):
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new IcsModule()).build();
 * IntegratedCareSystem system = mapper.readValue(file, IntegratedCareSystem.class);
 * String report = mapper.writeValueAsString(Validator.of(RuleSet.all()).validate(system, asOf));
 * }</pre>
 *
 * <p>It covers every value with a JSON shape in {@code docs/format.md}: configurations ({@code IntegratedCareSystem},
 * {@code NationalConfiguration} and all their parts) in format {@code icsmodel/1}, and validation reports
 * ({@code ValidationReport}, {@code Finding} and a finding's {@code Basis}) in format {@code icsmodel-report/1}.
 * A value written through a mapper with this module is the document {@link IcsJson} and {@link ReportFormats} write
 * (without their indentation), and reads back equal.
 *
 * <p>Reading goes through the model's builders and factories, so every invariant of the model holds for data read
 * from JSON; a value that cannot be represented is reported as a {@link JsonProblem} (a Jackson
 * {@code MismatchedInputException}) that gives the JSON Pointer, line and column of the element at fault. Reading is strict: a property the format does not define
 * is an error. A system or national configuration at the top of a document carries the format marker
 * {@code "format": "icsmodel/1"}, which is written first and required on reading.
 *
 * <p>The module does not make an {@code ObjectMapper} safe against hostile input: that takes limits on the parser.
 * {@link IcsJson} reads with a parser built for that, and is the better door for files from elsewhere.
 */
public final class IcsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's version, that of the icsmodel release it belongs to, generated from the build. */
  static final Version VERSION = PackageVersion.VERSION;

  /** Creates the module, with a serializer and a deserializer for every model type and report type. */
  public IcsModule() {
    super(IcsModule.class.getSimpleName(), VERSION);
    Map<Class<?>, Format<?>> formats = new LinkedHashMap<>();
    for (ObjectFormat<?, ?> format : Formats.ALL) {
      formats.put(format.type(), format);
      for (ObjectFormat.Property<?, ?, ?> property : format.properties()) {
        Format<?> value = property.format();
        if (value instanceof ValueFormat && ((ValueFormat<?>) value).isModelType()) {
          formats.putIfAbsent(value.type(), value);
        }
      }
    }
    formats.put(ValidationReport.class, ReportTables.REPORT);
    formats.put(Finding.class, ReportTables.FINDING);
    formats.put(Basis.class, BasisTables.BASIS);
    formats.put(LegalReference.class, BasisTables.LEGAL_REFERENCE);
    formats.put(PolicyReference.class, BasisTables.POLICY_REFERENCE);
    formats.values().forEach(this::register);
  }

  private <T> void register(Format<T> format) {
    addSerializer(format.type(), new FormatSerializer<>(format));
    addDeserializer(format.type(), new FormatDeserializer<>(format));
  }

  private static final class FormatSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Format<T> format;

    FormatSerializer(Format<T> format) {
      super(format.type());
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      format.write(value, generator);
    }
  }

  private static final class FormatDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Format<T> format;

    FormatDeserializer(Format<T> format) {
      super(format.type());
      this.format = format;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Object reading = context.getAttribute(Reading.class);
      return format.read(parser, reading instanceof Reading ? (Reading) reading : Reading.strict());
    }
  }
}
