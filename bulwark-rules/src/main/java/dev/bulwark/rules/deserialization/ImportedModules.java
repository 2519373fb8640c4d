package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the modules an import statement brings in from a list of modules. The import-check rules
 * (BW401 and after) share it, each with its own list, and report at the statement, once per module.
 */
final class ImportedModules {
  private ImportedModules() {}

  /** The node kinds an import check subscribes to. */
  static final List<Class<? extends Node>> NODE_KINDS = List.of(Stmt.Import.class, Stmt.ImportFrom.class);

  /**
   * The listed modules (or modules under them) that an {@code import} or {@code from ... import}
   * brings in, in source order and without repeats. Matching is by whole dotted parts, so
   * {@code pickletools} is not {@code pickle}. Relative imports are skipped: they name the project's
   * own modules.
   */
  static List<String> find(Node node, List<String> modules) {
    Set<String> found = new LinkedHashSet<>();
    if (node instanceof Stmt.Import imp) {
      for (Alias a : imp.names()) {
        if (isUnder(a.name(), modules)) {
          found.add(a.name());
        }
      }
    } else if (node instanceof Stmt.ImportFrom from && from.level() == 0 && from.module() != null) {
      if (isUnder(from.module(), modules)) {
        found.add(from.module());
      } else {
        for (Alias a : from.names()) {
          // "from xml.etree import ElementTree" imports the module xml.etree.ElementTree
          String full = from.module() + "." + a.name();
          if (isUnder(full, modules)) {
            found.add(full);
          }
        }
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * Reports each listed module the import statement {@code node} brings in, at the statement, as
   * {@code "import of <module>: <risk>"}.
   */
  static void report(Node node, RuleContext context, List<String> modules, String risk) {
    if (node instanceof Stmt statement) {
      for (String module : find(statement, modules)) {
        context.report(statement, "import of " + module + ": " + risk);
      }
    }
  }

  static boolean isUnder(String name, List<String> modules) {
    for (String m : modules) {
      if (name.equals(m) || name.startsWith(m + ".")) {
        return true;
      }
    }
    return false;
  }
}
