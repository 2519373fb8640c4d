package dev.bulwark.deps.manifest;

/** Input a reader could not understand (bad TOML, a malformed requirement line): one diagnostic, the rest is read. */
public record ManifestProblem(SourceLocation source, String message) {}
