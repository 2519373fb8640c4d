package dev.bulwark.python.conformance;

/**
 * CPython's syntax error for an input, as the {@code .error} sidecars hold it:
 * {@code type:line:offset:message}, with line and offset empty when CPython gives none.
 */
record ExpectedError(String kind, Integer line, Integer offset, String message) {

  static ExpectedError parse(String sidecar) {
    // The message goes last and may itself contain colons.
    String[] parts = sidecar.split(":", 4);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not type:line:offset:msg: " + sidecar);
    }
    return new ExpectedError(parts[0], number(parts[1]), number(parts[2]), parts[3]);
  }

  private static Integer number(String s) {
    return s.isEmpty() ? null : Integer.valueOf(s);
  }

  @Override
  public String toString() {
    return kind + " at " + line + ":" + offset + ": " + message;
  }
}
