package dev.bulwark.deps.store;

/**
 * A failure that stops an import, update or store read as a whole (unreadable archive, no records,
 * network error, missing store). The message is meant for the user; any existing store is left as it was.
 */
public final class StoreException extends Exception {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
