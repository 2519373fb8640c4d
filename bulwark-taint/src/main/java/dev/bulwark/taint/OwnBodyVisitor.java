package dev.bulwark.taint;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import java.util.List;

/**
 * A walk of one scope's own code: it does not enter the functions and classes defined inside, whose
 * names and values are another scope's.
 */
interface OwnBodyVisitor extends TreeVisitor {

  /** The statements of a scope's owner (a function or the module), or null for another owner (a class, a lambda). */
  static List<Stmt> bodyOf(Node owner) {
    if (owner instanceof Stmt.FunctionDef f) {
      return f.body();
    }
    if (owner instanceof Stmt.AsyncFunctionDef f) {
      return f.body();
    }
    return owner instanceof Mod.Module m ? m.body() : null;
  }

  @Override
  default void visitFunctionDef(Stmt.FunctionDef node) {}

  @Override
  default void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {}

  @Override
  default void visitClassDef(Stmt.ClassDef node) {}
}
