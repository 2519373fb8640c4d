package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.rules.RuleContext;
import java.util.Optional;

/**
 * Whether a file imports a library anywhere. Rules that must match a method by its name alone
 * (the receiver's type is unknown) ask this first, so that {@code exec_command} or {@code extra}
 * count only in files that use paramiko or Django at all.
 */
final class Imports {
  private Imports() {}

  /** Whether the file imports {@code top} or one of its submodules, in any scope. */
  static boolean importsPackage(RuleContext context, String top) {
    Finder finder = new Finder(top);
    finder.visit(context.model().moduleScope().node());
    return finder.found;
  }

  /**
   * Whether a method matched by its name alone belongs to a library: by its owner's qualified name
   * when that is known, otherwise by the file importing one of the library's packages.
   */
  static boolean isMethodOf(RuleContext context, Expr.Attribute method, String ownerPrefix, String... packages) {
    Optional<String> owner = Values.knownMethod(context, method);
    if (owner.isPresent()) {
      return owner.get().startsWith(ownerPrefix);
    }
    for (String top : packages) {
      if (importsPackage(context, top)) {
        return true;
      }
    }
    return false;
  }

  private static final class Finder implements TreeVisitor {
    private final String top;
    private boolean found;

    Finder(String top) {
      this.top = top;
    }

    @Override
    public void visit(Node node) {
      if (!found && node != null) {
        node.accept(this);
      }
    }

    @Override
    public void visitImport(Stmt.Import node) {
      for (Alias alias : node.names()) {
        found |= under(alias.name());
      }
    }

    @Override
    public void visitImportFrom(Stmt.ImportFrom node) {
      found |= node.level() == 0 && node.module() != null && under(node.module());
    }

    private boolean under(String module) {
      return module.equals(top) || module.startsWith(top + ".");
    }
  }
}
