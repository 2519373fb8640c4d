package dev.bulwark.taint;

import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.SemanticModel;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells, from the names a module uses, whether its taint analysis can find anything at all, so that
 * the modules that cannot are not analysed. A finding needs attacker data, and attacker data enters a
 * module in few ways: a source of the models read by its qualified name ({@code os.environ}), a
 * parameter of a request handler, a parameter source (framework models) or a view a URL configuration
 * registers, or a call of a project
 * function whose summary returns source data (itself or through a closure it returns) or reads
 * attributes off its arguments (given a request object, that read is a source). A qualified name is
 * made of the names a module spells: its imports, names and attributes. Its last part is always among
 * them, and so is every part when the module has no relative import (whose package comes from the
 * module's own name). A module that spells none of the names a source or such a function needs cannot
 * hold attacker data. Errs on the side of analysing.
 */
public final class TaintOrigins {
  private TaintOrigins() {}

  /**
   * Whether attacker data may appear in {@code module}, whose semantic model is {@code model}, by
   * {@code models} and the project's summaries; false only when the analysis would certainly find nothing.
   */
  public static boolean possible(Mod.Module module, SemanticModel model, List<TaintModel> models,
      ProjectSummaries project) {
    ActiveModels active = new ActiveModels(models, model.importedRoots());
    if (!active.paramSources.isEmpty() || !active.routeDecorators.isEmpty()
        || definesRegisteredView(module, model, project.urlConfs())) {
      return true; // handler parameters and request objects are not named by a source's name
    }
    if (active.valueSources.isEmpty() && active.callSources.isEmpty() && project.returning().isEmpty()) {
      return false;
    }
    Names names = new Names();
    names.visit(module);
    for (ProjectSummaries.Origin f : project.returning()) {
      if (called(f, names)) {
        return true;
      }
    }
    return anySpelled(active.valueSources.keySet(), names, project)
        || anySpelled(active.callSources.keySet(), names, project);
  }

  /**
   * Whether the module defines a function or class that a URL configuration registers as a view: its
   * parameters are request data though the module may import no framework.
   */
  private static boolean definesRegisteredView(Mod.Module module, SemanticModel model, UrlConfs urls) {
    if (urls.size() == 0) {
      return false;
    }
    for (Stmt s : module.body()) {
      String name = s instanceof Stmt.ClassDef c ? c.name() : Defs.name(s);
      if (name == null) {
        continue;
      }
      for (Binding b : model.moduleScope().bindings(name)) {
        if (b instanceof Binding.Definition d && (urls.registers(d.qualifiedName()) || urls.registersClass(d.qualifiedName()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether one of {@code sources} may be read in the module: named there, or its object named there and
   * handed to a project function that reads the source's last part off it ({@code get_env(os)}).
   */
  private static boolean anySpelled(Set<String> sources, Names names, ProjectSummaries project) {
    for (String source : sources) {
      if (spelled(source, names.words, names.relative)) {
        return true;
      }
      int dot = source.lastIndexOf('.');
      if (dot > 0 && spelled(source.substring(0, dot), names.words, names.relative)
          && project.readers(source.substring(dot + 1)).stream().anyMatch(f -> called(f, names))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the module may call {@code f}: a function by its qualified name, a method by its own name. */
  private static boolean called(ProjectSummaries.Origin f, Names names) {
    return f.function() ? spelled(f.name(), names.words, names.relative) : names.words.contains(f.last());
  }

  /**
   * Whether the qualified name {@code q} may stand for an expression of a module that spells
   * {@code words}: its last part is there and, unless a relative import may supply the leading parts,
   * every part but a leading {@code builtins} (which a builtin's name leaves out).
   */
  static boolean spelled(String q, Set<String> words, boolean relative) {
    String[] parts = q.split("\\.", -1);
    if (!words.contains(parts[parts.length - 1])) {
      return false;
    }
    if (relative) {
      return true;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (!(i == 0 && parts[i].equals("builtins")) && !words.contains(parts[i])) {
        return false;
      }
    }
    return true;
  }

  /** The names a module spells: of names, attributes, imports, definitions; and whether it imports relatively. */
  static final class Names implements TreeVisitor {
    final Set<String> words = new HashSet<>();
    boolean relative;

    @Override
    public void visitName(Expr.Name node) {
      words.add(node.id());
    }

    @Override
    public void visitAttribute(Expr.Attribute node) {
      words.add(node.attr());
      TreeVisitor.super.visitAttribute(node);
    }

    @Override
    public void visitImportFrom(Stmt.ImportFrom node) {
      relative |= node.level() > 0;
      if (node.module() != null) {
        Collections.addAll(words, node.module().split("\\."));
      }
      TreeVisitor.super.visitImportFrom(node);
    }

    @Override
    public void visitAlias(Alias node) {
      Collections.addAll(words, node.name().split("\\."));
      if (node.asname() != null) {
        words.add(node.asname());
      }
      TreeVisitor.super.visitAlias(node);
    }

    @Override
    public void visitFunctionDef(Stmt.FunctionDef node) {
      words.add(node.name());
      TreeVisitor.super.visitFunctionDef(node);
    }

    @Override
    public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
      words.add(node.name());
      TreeVisitor.super.visitAsyncFunctionDef(node);
    }

    @Override
    public void visitClassDef(Stmt.ClassDef node) {
      words.add(node.name());
      TreeVisitor.super.visitClassDef(node);
    }
  }
}
