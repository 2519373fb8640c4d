package dev.bulwark.report.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A JSON generator that writes fields in the order they are written (so output is stable), two
 * spaces of indentation, {@code "name": value}, {@code \n} line ends and {@code []} / {@code {}}
 * for empty containers. Jackson escapes control characters; other text is written as is (UTF-8).
 */
final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private Json() {}

  static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return FACTORY.createGenerator(out).setPrettyPrinter(printer);
  }

  /** Writes {@code name: value}, or {@code name: null}. */
  static void string(JsonGenerator g, String name, String value) throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  static void ints(JsonGenerator g, String name, List<Integer> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (Integer v : values == null ? List.<Integer>of() : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Ends the document with a line end and flushes. */
  static void finish(JsonGenerator g, Writer out) throws IOException {
    g.close();
    out.write('\n');
    out.flush();
  }
}
