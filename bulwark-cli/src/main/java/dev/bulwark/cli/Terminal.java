package dev.bulwark.cli;

import java.util.Map;

/**
 * What the standard streams are connected to. Java cannot ask whether standard error is a terminal,
 * so the launcher, which can ({@code [ -t 2 ]}), passes the answer in the environment; run without
 * it, Bulwark falls back to the JVM's console, which exists only when the streams are terminals.
 */
record Terminal(boolean stdoutIsTty, boolean stderrIsTty) {

  static final String STDOUT_VARIABLE = "BULWARK_STDOUT_TTY";
  static final String STDERR_VARIABLE = "BULWARK_STDERR_TTY";

  static Terminal detect() {
    return from(System.getenv(), System.console() != null);
  }

  static Terminal from(Map<String, String> env, boolean hasConsole) {
    return new Terminal(flag(env.get(STDOUT_VARIABLE), hasConsole), flag(env.get(STDERR_VARIABLE), hasConsole));
  }

  private static boolean flag(String value, boolean fallback) {
    return value == null ? fallback : value.equals("1");
  }
}
