package dev.bulwark.cli;

import java.io.PrintWriter;

/**
 * Describes a bug in Bulwark in one line. Users get the line; developers who set
 * {@code BULWARK_DEBUG=1} also get the stack trace, which is otherwise never shown.
 */
final class InternalErrors {

  private InternalErrors() {}

  static String describe(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "stack overflow (the file is probably nested too deeply)";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory (the file is probably too large; raise -Xmx via BULWARK_JAVA_OPTS)";
    }
    String message = t.getMessage();
    String name = t.getClass().getName();
    return message == null || message.isBlank() ? name : name + ": " + firstLine(message);
  }

  static void traceIfDebugging(Throwable t, PrintWriter err) {
    String debug = System.getenv("BULWARK_DEBUG");
    if (debug != null && !debug.isEmpty() && !debug.equals("0")) {
      t.printStackTrace(err);
      err.flush();
    }
  }

  private static String firstLine(String s) {
    int newline = s.indexOf('\n');
    return newline < 0 ? s : s.substring(0, newline);
  }
}
