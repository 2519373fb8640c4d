package dev.bulwark.cli;

import dev.bulwark.python.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;

/**
 * Reads and parses one file without ever letting a failure escape: whatever goes wrong becomes the
 * diagnostic for that file, so one bad file cannot end a run over thousands.
 *
 * @param result the parse, or null when the file could not be read or the parser broke
 * @param problem why there is no usable result, or null when {@code result} is set
 */
record FileParse(SourceFile file, ParseResult result, Diagnostic problem) {

  static FileParse of(SourceFile file, ParserFunction parser, PrintWriter debugOut) {
    byte[] source;
    try {
      source = Files.readAllBytes(file.path());
    } catch (IOException e) {
      return new FileParse(file, null, Diagnostic.unreadable(file.display(), e));
    } catch (OutOfMemoryError e) {
      return new FileParse(file, null, Diagnostic.unreadable(file.display(), "file too large to read"));
    }
    try {
      return new FileParse(file, parser.parse(source, file.display()), null);
    } catch (Throwable t) { // a parser bug of any kind must stay confined to this file
      InternalErrors.traceIfDebugging(t, debugOut);
      return new FileParse(file, null, Diagnostic.internal(file.display(), t));
    }
  }

  /** The diagnostic the user sees for this file, if any. */
  Diagnostic diagnostic() {
    if (problem != null) {
      return problem;
    }
    return result.error().map(e -> Diagnostic.syntaxError(file.display(), e)).orElse(null);
  }
}
