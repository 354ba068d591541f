package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.textio.Suggestions;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The value formats of {@code icsmodel/1}: strings, numbers, dates, identifiers and local extensions. */
final class Values {
  private Values() {}

  /** Text, as a JSON string. */
  static final ValueFormat<String> STRING =
      new ValueFormat.Text<>("String", String.class, false, text -> text, text -> text, "a string");

  /** A date, as an ISO-8601 string such as {@code "2022-07-01"}. */
  static final ValueFormat<LocalDate> DATE =
      new ValueFormat.Text<>(
          "Date", LocalDate.class, false, Values::parseDate, LocalDate::toString,
          "a date as a string such as \"2022-07-01\"");

  /** An id the configuration gives, such as {@code "trust-north"}. */
  static final ValueFormat<LocalId> LOCAL_ID =
      new ValueFormat.Text<>(
          "LocalId", LocalId.class, true, LocalId::of, LocalId::toString, "an id as a string such as \"trust-north\"");

  /** An Organisation Data Service code, such as {@code "QYG"}. */
  static final ValueFormat<OdsCode> ODS_CODE =
      new ValueFormat.Text<>(
          "OdsCode", OdsCode.class, true, OdsCode::of, OdsCode::toString, "an ODS code as a string such as \"QYG\"");

  /** An ONS GSS code, such as {@code "E54000008"}. */
  static final ValueFormat<GssCode> GSS_CODE =
      new ValueFormat.Text<>(
          "GssCode", GssCode.class, true, GssCode::of, GssCode::toString,
          "a GSS code as a string such as \"E54000008\"");

  /** A financial year, such as {@code "2024/25"}. */
  static final ValueFormat<FinancialYear> FINANCIAL_YEAR =
      new ValueFormat.Text<>(
          "FinancialYear", FinancialYear.class, true, FinancialYear::of, FinancialYear::toString,
          "a financial year as a string such as \"2024/25\"");

  /** A statutory duty or limb of one, such as {@code "nhsa2006:14Z35(a)"}. */
  static final ValueFormat<DutyId> DUTY_ID =
      new ValueFormat.Text<>(
          "DutyId", DutyId.class, true, DutyId::of, DutyId::toString,
          "a duty id as a string such as \"nhsa2006:14Z35\"");

  /** A validation rule's id, such as {@code "board.chair-count"}. */
  static final ValueFormat<RuleId> RULE_ID =
      new ValueFormat.Text<>(
          "RuleId", RuleId.class, true, RuleId::of, RuleId::toString,
          "a rule id as a string such as \"board.chair-count\"");

  /** A JSON Pointer into the configuration, such as {@code "/icb/board/members/3"}. */
  static final ValueFormat<JsonPointer> JSON_POINTER =
      new ValueFormat.Text<>(
          "JsonPointer", JsonPointer.class, true, JsonPointer::of, JsonPointer::toString,
          "a JSON Pointer as a string such as \"/icb/board/members/3\"");

  /** true or false. */
  static final ValueFormat<Boolean> BOOLEAN =
      new ValueFormat<>("Boolean", Boolean.class, false) {
        @Override
        public Boolean read(JsonParser parser, Reading reading) throws IOException {
          JsonToken token = parser.currentToken();
          if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          throw reading.unexpected(parser, "true or false");
        }

        @Override
        public void write(Boolean value, JsonGenerator generator) throws IOException {
          generator.writeBoolean(value);
        }
      };

  /** A whole number, as a JSON number without a fraction or exponent. */
  static final ValueFormat<Integer> INTEGER =
      new ValueFormat<>("Integer", Integer.class, false) {
        @Override
        public Integer read(JsonParser parser, Reading reading) throws IOException {
          if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw reading.unexpected(parser, "a whole number");
          }
          if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw reading.problem(parser, "the number " + parser.getText() + " is too large");
          }
          return parser.getIntValue();
        }

        @Override
        public void write(Integer value, JsonGenerator generator) throws IOException {
          generator.writeNumber(value);
        }
      };

  /** A decimal number, kept exactly: {@code 1.50} reads as 1.50 with scale 2, and is written back as 1.50. */
  static final ValueFormat<BigDecimal> DECIMAL =
      new ValueFormat<>("Decimal", BigDecimal.class, false) {
        @Override
        public BigDecimal read(JsonParser parser, Reading reading) throws IOException {
          JsonToken token = parser.currentToken();
          if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw reading.unexpected(parser, "a number");
          }
          return readDecimal(parser, reading);
        }

        @Override
        public void write(BigDecimal value, JsonGenerator generator) throws IOException {
          Limits.writeNumber(value, generator);
        }
      };

  /** Local data: any JSON object, kept exactly. */
  static final ValueFormat<Extensions> EXTENSIONS =
      new ValueFormat<>("Extensions", Extensions.class, true) {
        @Override
        public Extensions read(JsonParser parser, Reading reading) throws IOException {
          if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw reading.unexpected(parser, "an object");
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> values = (Map<String, Object>) readAny(parser, reading);
          return Extensions.of(values);
        }

        @Override
        public void write(Extensions value, JsonGenerator generator) throws IOException {
          writeAny(value.values(), generator);
        }
      };

  static BigDecimal readDecimal(JsonParser parser, Reading reading) throws IOException {
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw reading.problem(parser, "not a number that can be represented: " + Reading.describe(parser));
    }
    if (Limits.numberText(value).isEmpty()) {
      throw reading.problem(
          parser, Reading.describe(parser) + " is too long or too precise: it would take over "
              + Limits.MAX_NUMBER_LENGTH + " characters to write back exactly");
    }
    return value;
  }

  private static LocalDate parseDate(String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "not a date: " + Reading.quote(text) + " (expected yyyy-mm-dd, such as \"2022-07-01\")");
    }
    if (date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE)) {
      throw new InvalidValueException("the date " + Reading.quote(text) + " is outside the years format "
          + IcsJson.FORMAT + " accepts (" + Limits.EARLIEST_DATE.getYear() + " to " + Limits.LATEST_DATE.getYear()
          + ")");
    }
    return date;
  }

  /** Reads any JSON value into the plain Java objects {@link Extensions} holds. */
  private static Object readAny(JsonParser parser, Reading reading) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
          String name = parser.currentName();
          parser.nextToken();
          if (object.put(name, readAny(parser, reading)) != null) {
            throw reading.problem(parser, "the property \"" + name + "\" appears twice in this object");
          }
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
          array.add(readAny(parser, reading));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return readDecimal(parser, reading);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return Extensions.NULL;
      default:
        throw reading.unexpected(parser, "a JSON value");
    }
  }

  private static void writeAny(Object value, JsonGenerator generator) throws IOException {
    if (value instanceof String) {
      Limits.writeString((String) value, generator);
    } else if (value instanceof BigDecimal) {
      Limits.writeNumber((BigDecimal) value, generator);
    } else if (value instanceof Boolean) {
      generator.writeBoolean((Boolean) value);
    } else if (value instanceof Map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        writeAny(entry.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (value instanceof List) {
      generator.writeStartArray();
      for (Object element : (List<?>) value) {
        writeAny(element, generator);
      }
      generator.writeEndArray();
    } else {
      generator.writeNull();
    }
  }

  /**
   * Returns the format of an enum of the model: each constant as its name in lower case with {@code _} replaced by
   * {@code -}, so {@code CHIEF_EXECUTIVE} is {@code "chief-executive"}.
   */
  static <E extends Enum<E>> EnumFormat<E> enumOf(Class<E> type) {
    return new EnumFormat<>(type);
  }

  /**
   * An enum of the model as stable lower-case kebab-case names.
   *
   * @param <E> the enum
   */
  static final class EnumFormat<E extends Enum<E>> extends ValueFormat<E> {
    private final ImmutableMap<String, E> byName;
    private final ImmutableList<String> names;
    private final String[] nameOf;

    EnumFormat(Class<E> type) {
      super(type.getSimpleName(), type, true);
      E[] constants = type.getEnumConstants();
      ImmutableMap.Builder<String, E> byName = ImmutableMap.builder();
      nameOf = new String[constants.length];
      for (E constant : constants) {
        String name = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        nameOf[constant.ordinal()] = name;
        byName.put(name, constant);
      }
      this.byName = byName.buildOrThrow();
      this.names = ImmutableList.copyOf(nameOf);
    }

    /** Returns the names of the constants, in declaration order. */
    List<String> names() {
      return names;
    }

    /** Returns the name of a constant of this enum, as the format writes it; a message names it so too. */
    String nameOf(Object constant) {
      return nameOf[type().cast(constant).ordinal()];
    }

    @Override
    public E read(JsonParser parser, Reading reading) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw reading.unexpected(parser, "one of " + String.join(", ", names));
      }
      String text = parser.getText();
      E constant = byName.get(text);
      if (constant == null) {
        String suggestion =
            Suggestions.nearest(text, names).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        throw reading.problem(
            parser, "expected one of " + String.join(", ", names) + "; got " + Reading.quote(text) + suggestion);
      }
      return constant;
    }

    @Override
    public void write(E value, JsonGenerator generator) throws IOException {
      generator.writeString(nameOf[value.ordinal()]);
    }
  }
}
