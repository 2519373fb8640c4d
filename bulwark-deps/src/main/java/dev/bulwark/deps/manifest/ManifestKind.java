package dev.bulwark.deps.manifest;

import java.nio.file.Path;
import java.util.Optional;

/** The kinds of file the audit reads, recognised by name. */
public enum ManifestKind {
  PYPROJECT,
  POETRY_LOCK,
  PIPFILE,
  PIPFILE_LOCK,
  UV_LOCK,
  PDM_LOCK,
  PYLOCK;

  /** The kind of a file, from its name alone; empty for a file the audit does not read. */
  public static Optional<ManifestKind> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toString();
    switch (n) {
      case "pyproject.toml":
        return Optional.of(PYPROJECT);
      case "poetry.lock":
        return Optional.of(POETRY_LOCK);
      case "Pipfile":
        return Optional.of(PIPFILE);
      case "Pipfile.lock":
        return Optional.of(PIPFILE_LOCK);
      case "uv.lock":
        return Optional.of(UV_LOCK);
      case "pdm.lock":
        return Optional.of(PDM_LOCK);
      default:
        return PylockReader.isPylock(n) ? Optional.of(PYLOCK) : Optional.empty();
    }
  }

  /** Whether this kind is a lock file (pins every package it lists). */
  public boolean isLock() {
    return this != PYPROJECT && this != PIPFILE;
  }

  /** Reads {@code file} as this kind, on its own (no lock file or manifest beside it is consulted). */
  public ManifestReading read(Path file) {
    switch (this) {
      case PYPROJECT:
        return PyprojectReader.read(file);
      case POETRY_LOCK:
        return PoetryLockReader.read(file);
      case PIPFILE:
        return PipfileReader.read(file);
      case PIPFILE_LOCK:
        return PipfileLockReader.read(file);
      case UV_LOCK:
        return UvLockReader.read(file);
      case PDM_LOCK:
        return PdmLockReader.read(file);
      case PYLOCK:
        return PylockReader.read(file);
      default:
        throw new AssertionError(this);
    }
  }
}
