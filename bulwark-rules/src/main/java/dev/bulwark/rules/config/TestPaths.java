package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleContext;

/** Recognises test code by its path, the way pytest and unittest discovery lay it out. */
final class TestPaths {
  private TestPaths() {}

  /**
   * Whether a file is test code: {@code test_*.py}, {@code *_test.py}, {@code conftest.py}, or any
   * file under a directory named {@code tests} or {@code test}.
   */
  private static final Object TEST_FILE = new Object();

  /** Whether the file being checked is a test file, worked out once per file. */
  static boolean isTestFile(RuleContext context) {
    return context.fileFact(TEST_FILE, c -> isTestFile(c.path()));
  }

  static boolean isTestFile(String path) {
    if (path == null) {
      return false;
    }
    String[] parts = path.replace('\\', '/').split("/");
    String file = parts[parts.length - 1];
    if (file.equals("conftest.py") || (file.startsWith("test_") && file.endsWith(".py"))
        || file.endsWith("_test.py")) {
      return true;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("tests") || parts[i].equals("test")) {
        return true;
      }
    }
    return false;
  }
}
