package dev.bulwark.cli;

/**
 * A configuration the scan cannot run with: a file that is not TOML, an unknown key, a wrong value,
 * an unknown rule code (in a file or on the command line), a baseline that cannot be used. Its
 * message is one line that says where (file and line when known) and what; the status is 2.
 */
final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  ConfigException(String message) {
    super(message);
  }

  ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
