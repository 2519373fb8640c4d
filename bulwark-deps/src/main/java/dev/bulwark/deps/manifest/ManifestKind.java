package dev.bulwark.deps.manifest;

import java.nio.file.Path;
import java.util.Optional;

/** The kinds of file the audit reads, recognised by name. */
public enum ManifestKind {
  REQUIREMENTS,
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
        if (PylockReader.isPylock(n)) {
          return Optional.of(PYLOCK);
        }
        return RequirementsFileReader.isRequirementsFileName(n) ? Optional.of(REQUIREMENTS) : Optional.empty();
    }
  }

  /** Whether this kind is a lock file (pins every package it lists). */
  public boolean isLock() {
    return this != PYPROJECT && this != PIPFILE && this != REQUIREMENTS;
  }

  /** Reads {@code file} as this kind, on its own (no lock file or manifest beside it is consulted). */
  public ManifestReading read(Path file) {
    switch (this) {
      case REQUIREMENTS:
        // pip expands ${VAR} from the environment, and so does the audit
        return new RequirementsFileReader(System.getenv()).read(file);
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
