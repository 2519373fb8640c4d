package dev.bulwark.deps.manifest;

import java.util.Optional;

/**
 * One package as a manifest, lock file or installed environment declares it, before any matching.
 * Versions, specifiers and markers stay text here: readers only find them, and the audit parses
 * them (a version that is not PEP 440 must survive to be matched by exact string).
 *
 * @param name the project name as written (canonicalised later, PEP 503)
 * @param version the exact version when the entry pins one ({@code ==X}, {@code ===X}, a lock
 *     file's or a dist-info's version), else empty: the entry is unpinned
 * @param specifier the version specifier as written (e.g. {@code ">=1.2,<2"}), empty string if none
 * @param marker the PEP 508 environment marker as written, empty if none
 * @param scope main, {@code optional:<extra>}, {@code group:<name>}, …
 * @param source where the entry is
 */
public record Dependency(
    String name, Optional<String> version, String specifier, Optional<String> marker, String scope, SourceLocation source) {

  public static final String MAIN_SCOPE = "main";

  public boolean pinned() {
    return version.isPresent();
  }
}
