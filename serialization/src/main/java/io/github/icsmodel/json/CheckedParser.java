package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.github.icsmodel.internal.Texts;
import java.io.IOException;

/**
 * A parser that refuses every string and property name holding a lone surrogate (written as an escape such as
 * {@code "\uD800"}): no UTF-8 file can hold one, so it could not be written back as it was read. Every token passes
 * through {@link #nextToken()}, which the other {@code next...} methods are made to call.
 */
final class CheckedParser extends JsonParserDelegate {
  CheckedParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == null || token.isStructEnd()) {
      return token;
    }
    JsonStreamContext context = delegate.getParsingContext();
    if (token == JsonToken.FIELD_NAME) {
      if (context.getCurrentIndex() >= Limits.MAX_ENTRIES) {
        throw new JsonProblem(this, Pointers.of(context),
            delegate.currentTokenLocation(), "the document exceeds a limit of format " + IcsJson.FORMAT
                + ": an object has more than " + Limits.MAX_ENTRIES + " properties");
      }
    } else {
      JsonStreamContext container = token.isStructStart() ? context.getParent() : context;
      if (container != null && container.inArray() && container.getCurrentIndex() >= Limits.MAX_ENTRIES) {
        throw new JsonProblem(this, Pointers.of(container), delegate.currentTokenLocation(),
            "the document exceeds a limit of format " + IcsJson.FORMAT + ": an array has more than "
                + Limits.MAX_ENTRIES + " elements");
      }
    }
    if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
      String text = delegate.getText();
      int at = Texts.loneSurrogate(text);
      if (at >= 0) {
        throw new JsonProblem(this, Pointers.of(getParsingContext()), delegate.currentTokenLocation(),
            (token == JsonToken.FIELD_NAME ? "a property name" : "a string") + " holds a lone surrogate (U+"
                + Integer.toHexString(text.charAt(at)).toUpperCase(java.util.Locale.ROOT) + " at character "
                + (at + 1) + "), half of a character that text in UTF-8 cannot hold");
      }
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // Skipped content is checked too, token by token.
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
