package dev.bulwark.sandbox;

import dev.bulwark.sandbox.internal.Launcher;
import java.io.IOException;

/**
 * Runs untrusted Python confined: nested bubblewrap with every namespace unshared, a seccomp filter,
 * an empty environment, tmpfs work directory and {@code /tmp}, privileges dropped when started as
 * root, and limits held by cgroups or rlimits. See docs/sandbox.md.
 */
public final class Sandbox {

  private Sandbox() {}

  /**
   * Runs one script and reports what happened.
   *
   * @throws SandboxUnavailableException when the host cannot confine it and the weaker mode was not asked for
   * @throws IllegalArgumentException when the script or an input is not a readable file
   * @throws IOException when the interpreter cannot be found or the run cannot be staged
   */
  public static SandboxResult run(SandboxRequest request) throws SandboxUnavailableException, IOException {
    return new Launcher(request).run();
  }
}
