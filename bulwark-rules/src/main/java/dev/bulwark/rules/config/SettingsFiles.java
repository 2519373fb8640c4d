package dev.bulwark.rules.config;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.rules.RuleContext;
import java.util.List;
import java.util.Set;

/** Recognises Django settings modules, and the ones meant only for development or tests. */
final class SettingsFiles {
  private SettingsFiles() {}

  /** Settings every Django project defines; a module that binds one is a settings module. */
  private static final List<String> MARKERS = List.of("INSTALLED_APPS", "ROOT_URLCONF", "MIDDLEWARE",
      "WSGI_APPLICATION");
  private static final Set<String> NON_PRODUCTION_WORDS = Set.of("dev", "develop", "development", "local", "test",
      "tests", "testing", "ci");

  /** Whether the file is a Django settings module: named like one, or defining the settings every project has. */
  static boolean isDjangoSettings(RuleContext context) {
    String[] parts = parts(context.path());
    for (String p : parts) {
      if (Identifiers.words(p.replace(".py", "")).contains("settings")) {
        return true;
      }
    }
    for (String m : MARKERS) {
      if (!context.model().moduleScope().bindings(m).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the settings are for development or tests by their file name: {@code settings/dev.py},
   * {@code local_settings.py}, {@code settings_test.py}, or any test file.
   */
  private static final Object NON_PRODUCTION = new Object();

  /** Whether the file being checked is a test, dev or local settings file, worked out once per file. */
  static boolean isNonProduction(RuleContext context) {
    return context.fileFact(NON_PRODUCTION, c -> isNonProduction(c.path()));
  }

  static boolean isNonProduction(String path) {
    if (TestPaths.isTestFile(path)) {
      return true;
    }
    String[] parts = parts(path);
    String file = parts[parts.length - 1];
    String stem = file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
    return Identifiers.words(stem).stream().anyMatch(NON_PRODUCTION_WORDS::contains);
  }

  private static String[] parts(String path) {
    return (path == null ? "" : path).replace('\\', '/').split("/");
  }
}
