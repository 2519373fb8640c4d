package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.ModuleRoots;
import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An import check (BW401 and after): reports each listed module that an import statement brings in,
 * at the statement, once per module. The checks differ only in their metadata, their modules and the
 * risk their message names, so a subclass is its metadata plus a constructor call.
 */
abstract class ModuleImportRule implements Rule {

  private static final List<Class<? extends Node>> NODE_KINDS = List.of(Stmt.Import.class, Stmt.ImportFrom.class);

  private final RuleMetadata metadata;
  private final List<String> modules;
  private final String risk;

  /**
   * @param modules the dotted names of the modules to report; modules under them count too
   * @param risk why the import matters, reported as {@code "import of <module>: <risk>"}
   */
  ModuleImportRule(RuleMetadata metadata, List<String> modules, String risk) {
    this.metadata = metadata;
    this.modules = List.copyOf(modules);
    this.risk = risk;
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return NODE_KINDS;
  }

  @Override
  public final Set<String> requiredModules() {
    return ModuleRoots.of(modules);
  }

  @Override
  public final void check(Node node, RuleContext context) {
    if (node instanceof Stmt statement) {
      for (String module : imported(statement)) {
        context.report(statement, "import of " + module + ": " + risk);
      }
    }
  }

  /**
   * The listed modules (or modules under them) that an {@code import} or {@code from ... import}
   * brings in, in source order and without repeats. Relative imports are skipped: they name the
   * project's own modules.
   */
  private List<String> imported(Stmt statement) {
    Set<String> found = new LinkedHashSet<>();
    if (statement instanceof Stmt.Import imp) {
      for (Alias a : imp.names()) {
        if (isListed(a.name())) {
          found.add(a.name());
        }
      }
    } else if (statement instanceof Stmt.ImportFrom from && from.level() == 0 && from.module() != null) {
      if (isListed(from.module())) {
        found.add(from.module());
      } else {
        for (Alias a : from.names()) {
          // "from xml.etree import ElementTree" imports the module xml.etree.ElementTree
          String full = from.module() + "." + a.name();
          if (isListed(full)) {
            found.add(full);
          }
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** Matches whole dotted parts, so {@code pickletools} is not {@code pickle}. */
  private boolean isListed(String name) {
    for (String m : modules) {
      if (name.equals(m) || name.startsWith(m + ".")) {
        return true;
      }
    }
    return false;
  }
}
