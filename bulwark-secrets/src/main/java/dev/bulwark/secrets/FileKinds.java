package dev.bulwark.secrets;

import java.util.Locale;
import java.util.Set;

/** Which files the secret detectors read, and how. */
public final class FileKinds {
  private FileKinds() {}

  /** How a file is read for secrets. */
  public enum Kind {
    /** Python source: token formats only; names and values are for the code rules (BW105-BW107). */
    PYTHON,
    /** A Jupyter notebook: token formats over the JSON text, and assignments in its code strings. */
    NOTEBOOK,
    /** Configuration, environment files, Dockerfiles, shell scripts: every detector. */
    CONFIG
  }

  private static final Set<String> EXTENSIONS = Set.of(".env", ".ini", ".cfg", ".conf", ".toml", ".yaml", ".yml",
      ".json", ".sh", ".bash", ".zsh", ".properties", ".ipynb", ".py", ".pyi", ".pem", ".key", ".tf", ".tfvars");
  private static final Set<String> NAMES = Set.of("dockerfile", "containerfile", ".env", ".envrc", ".netrc",
      ".pypirc", ".npmrc", "docker-compose.yml", "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa");

  /**
   * Whether a file found by walking a directory is read for secrets: configuration, environment
   * and script files by extension, and {@code Dockerfile}, {@code .env.*} and the like by name.
   */
  public static boolean isCandidate(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (NAMES.contains(name) || name.startsWith(".env.") || name.startsWith("dockerfile.")
        || name.endsWith(".dockerfile") || name.startsWith("settings") && name.endsWith(".py")) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(name.substring(dot));
  }

  /** How a file at {@code path} is read. */
  public static Kind of(String path) {
    String name = path.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".py") || name.endsWith(".pyi") || name.endsWith(".pyw")) {
      return Kind.PYTHON;
    }
    return name.endsWith(".ipynb") ? Kind.NOTEBOOK : Kind.CONFIG;
  }

  /**
   * Test code, by its path as pytest lays it out: {@code test_*.py}, {@code *_test.py},
   * {@code conftest.py}, or anything under a {@code tests}, {@code test} or {@code testing} directory.
   */
  public static boolean isTestPath(String path) {
    String[] parts = path.replace('\\', '/').split("/");
    String file = parts[parts.length - 1];
    if (file.equals("conftest.py") || file.startsWith("test_") || file.endsWith("_test.py")) {
      return true;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("tests") || parts[i].equals("test") || parts[i].equals("testing")) {
        return true;
      }
    }
    return false;
  }
}
