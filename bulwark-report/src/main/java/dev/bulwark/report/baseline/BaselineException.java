package dev.bulwark.report.baseline;

/** A baseline file that cannot be used: missing, unreadable, or not a baseline. The message says which and where. */
public final class BaselineException extends Exception {

  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }

  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
