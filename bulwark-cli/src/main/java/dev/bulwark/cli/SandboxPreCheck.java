package dev.bulwark.cli;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.engine.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sandbox run --scan}: before a script runs, what it appears to attempt, from Bulwark's code
 * rules and from the modules it imports and the files it opens for writing. A static guess, shown
 * to the user; the sandbox holds either way.
 */
final class SandboxPreCheck {

  /**
   * One thing the script appears to attempt.
   *
   * @param category network, subprocess, native code, file writes, deserialization, or a rule's name
   * @param line where
   * @param detail what was seen
   */
  record Attempt(String category, int line, String detail) {}

  private static final Map<String, String> MODULES = Map.ofEntries(
      Map.entry("socket", "network"), Map.entry("ssl", "network"), Map.entry("urllib", "network"),
      Map.entry("http", "network"), Map.entry("requests", "network"), Map.entry("httpx", "network"),
      Map.entry("aiohttp", "network"), Map.entry("ftplib", "network"), Map.entry("smtplib", "network"),
      Map.entry("telnetlib", "network"), Map.entry("xmlrpc", "network"), Map.entry("poplib", "network"),
      Map.entry("imaplib", "network"), Map.entry("paramiko", "network"), Map.entry("websocket", "network"),
      Map.entry("subprocess", "subprocess"), Map.entry("pty", "subprocess"), Map.entry("multiprocessing", "subprocess"),
      Map.entry("ctypes", "native code"), Map.entry("cffi", "native code"),
      Map.entry("pickle", "deserialization"), Map.entry("cPickle", "deserialization"),
      Map.entry("marshal", "deserialization"), Map.entry("shelve", "deserialization"),
      Map.entry("dill", "deserialization"), Map.entry("jsonpickle", "deserialization"),
      Map.entry("yaml", "deserialization"), Map.entry("shutil", "file writes"));
  private static final Set<String> OS_PROCESS = Set.of("system", "popen", "execv", "execve", "execl", "execlp",
      "execvp", "execvpe", "spawnl", "spawnv", "spawnve", "posix_spawn", "fork", "kill");
  private static final Set<String> OS_WRITES = Set.of("remove", "unlink", "rename", "replace", "rmdir",
      "removedirs", "mkdir", "makedirs", "symlink", "link", "chmod", "chown", "truncate");

  private SandboxPreCheck() {}

  /** What the script appears to attempt, or one "syntax" entry when it does not parse. */
  static List<Attempt> check(byte[] source, String path) {
    ParseResult parsed = PythonParser.parse(source, path);
    List<Attempt> out = new ArrayList<>();
    if (!parsed.ok()) {
      out.add(new Attempt("syntax", parsed.error().get().line(), parsed.error().get().message()));
      return out;
    }
    new TreeVisitor() {
      @Override
      public void visitImport(Stmt.Import node) {
        node.names().forEach(a -> module(a.name(), node.range().line()));
        TreeVisitor.super.visitImport(node);
      }

      @Override
      public void visitImportFrom(Stmt.ImportFrom node) {
        if (node.module() != null && node.level() == 0) {
          module(node.module(), node.range().line());
        }
        TreeVisitor.super.visitImportFrom(node);
      }

      private void module(String name, int line) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String category = MODULES.get(top);
        if (category != null) {
          out.add(new Attempt(category, line, "imports " + name));
        }
      }

      @Override
      public void visitCall(Expr.Call node) {
        if (node.func() instanceof Expr.Name name && name.id().equals("open") && writes(node)) {
          out.add(new Attempt("file writes", node.range().line(), "open() for writing"));
        }
        if (node.func() instanceof Expr.Attribute attr && attr.value() instanceof Expr.Name base
            && base.id().equals("os")) {
          if (OS_PROCESS.contains(attr.attr())) {
            out.add(new Attempt("subprocess", node.range().line(), "os." + attr.attr() + "()"));
          } else if (OS_WRITES.contains(attr.attr())) {
            out.add(new Attempt("file writes", node.range().line(), "os." + attr.attr() + "()"));
          }
        }
        TreeVisitor.super.visitCall(node);
      }
    }.visit(parsed.module());
    for (Finding f : new RuleEngine(BuiltinRules.all()).check(parsed, path, "__main__", false)) {
      out.add(new Attempt(f.ruleId() + " " + f.ruleName(), f.location().line(), f.message()));
    }
    out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : a.category().compareTo(b.category()));
    return out;
  }

  /** Whether an open() call's mode (second argument or mode=) writes. */
  private static boolean writes(Expr.Call call) {
    Expr mode = call.args().size() > 1 ? call.args().get(1) : null;
    for (Keyword k : call.keywords()) {
      if ("mode".equals(k.arg())) {
        mode = k.value();
      }
    }
    if (mode instanceof Expr.Constant c && c.value() instanceof PyConstant.PyStr s) {
      return s.value().chars().anyMatch(ch -> ch == 'w' || ch == 'a' || ch == 'x' || ch == '+');
    }
    return mode != null; // a computed mode may write
  }
}
