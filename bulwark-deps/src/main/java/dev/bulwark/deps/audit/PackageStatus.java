package dev.bulwark.deps.audit;

/** How far a dependency could be audited. */
public enum PackageStatus {
  /** Pinned to one version, which was matched: findings are definite. */
  PINNED,
  /** Not pinned: findings are potential (some version the specifier allows is affected). */
  UNPINNED,
  /** Its marker is false for the target environment; not matched. */
  NOT_APPLICABLE,
  /** Its specifier could not be read, so nothing could be matched; the note says why. */
  UNCHECKED
}
