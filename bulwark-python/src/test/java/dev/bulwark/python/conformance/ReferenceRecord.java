package dev.bulwark.python.conformance;

import java.util.Map;

/**
 * CPython's verdict on one file, as one line of the reference file gives it.
 *
 * @param path the file as the reference script found it
 * @param ok whether CPython parsed it
 * @param dump {@code ast.dump(tree, include_attributes=True)}, or null when rejected or not dumpable
 * @param dumpError why an accepted file has no dump (e.g. RecursionError), or null
 * @param errorType the exception's class name when rejected, e.g. IndentationError
 * @param line the error's line, or null when CPython gave none
 * @param offset the error's 1-based column, or null
 * @param message the error's message, or null
 */
record ReferenceRecord(
    String path,
    boolean ok,
    String dump,
    String dumpError,
    String errorType,
    Integer line,
    Integer offset,
    String message) {

  static ReferenceRecord of(Map<String, Object> m) {
    return new ReferenceRecord(
        (String) m.get("path"),
        Boolean.TRUE.equals(m.get("ok")),
        (String) m.get("dump"),
        (String) m.get("dump_error"),
        (String) m.get("type"),
        toInt(m.get("lineno")),
        toInt(m.get("offset")),
        (String) m.get("msg"));
  }

  /** How CPython rejected the file, in the form a reader expects. */
  String describeError() {
    return errorType + " at " + line + ":" + offset + ": " + message;
  }

  private static Integer toInt(Object o) {
    return o == null ? null : Integer.valueOf(((Number) o).intValue());
  }
}
