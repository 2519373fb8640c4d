package dev.bulwark.deps.manifest;

/**
 * An entry the audit cannot check, kept so the report can say why: editable installs, VCS, URL and
 * local-path requirements, packages without a version.
 *
 * @param what the entry as the user would recognise it (a name, or the requirement line)
 * @param reason short lower-case reason, e.g. {@code "editable install"}, {@code "VCS requirement"}
 */
public record SkippedEntry(String what, String reason, SourceLocation source) {}
