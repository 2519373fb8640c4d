package dev.bulwark.taint;

/** A model file that cannot be read: names the file and line, and what is wrong there. */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
