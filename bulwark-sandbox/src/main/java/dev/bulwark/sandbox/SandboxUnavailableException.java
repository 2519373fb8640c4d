package dev.bulwark.sandbox;

/**
 * The host cannot confine a run (no bubblewrap, no user namespaces, unknown architecture) and the
 * caller did not ask for the weaker mode: the run is refused rather than made unconfined.
 */
public final class SandboxUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public SandboxUnavailableException(String message) {
    super(message);
  }
}
