package dev.bulwark.deps.advisory;

/** A record that cannot be read (bad JSON or YAML, wrong shape) or that fails validation. */
public final class OsvFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  public OsvFormatException(String message) {
    super(message);
  }
}
