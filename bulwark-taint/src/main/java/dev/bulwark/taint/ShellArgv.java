package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An argument list that starts a shell on a command string: {@code ["sh", "-c", cmd]},
 * {@code ["bash", "-lc", cmd]}, {@code ["cmd.exe", "/c", cmd]}, {@code ["powershell", "-Command", cmd]}.
 * {@code subprocess.run} of such a list runs {@code cmd} through the shell as surely as
 * {@code shell=True} does, so {@code cmd} is a command sink.
 *
 * <p>A list written out names its command string exactly (the element after the flag; later elements
 * are the script's positional parameters, not shell code). A list built in steps ({@code argv = []},
 * {@code argv.append("sh")}, {@code argv.append("-c")}, {@code argv.append(cmd)}, also in branches) is
 * recognised when the constants it is ever given include a shell and its command flag; then the
 * whole list stands for the command, since the engine does not know which element lands where.
 */
final class ShellArgv {
  private ShellArgv() {}

  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "ash", "mksh", "fish", "csh",
      "tcsh", "busybox", "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh", "pwsh.exe");
  private static final Set<String> BUILDERS = Set.of("append", "extend", "insert", "__iadd__");

  /**
   * Functions that run a program from an argument vector without a shell: where the vector is, as a
   * list argument ({@code os.execvp(file, argv)}: position 1) or spread over the arguments from a
   * position on ({@code os.execlp(file, arg0, arg1, ...)}: from 1).
   */
  private record Vector(int position, boolean spread) {}

  private static final Map<String, Vector> EXEC = Map.ofEntries(
      Map.entry("asyncio.create_subprocess_exec", new Vector(0, true)),
      Map.entry("os.execl", new Vector(1, true)),
      Map.entry("os.execlp", new Vector(1, true)),
      Map.entry("os.execle", new Vector(1, true)),
      Map.entry("os.execlpe", new Vector(1, true)),
      Map.entry("os.execv", new Vector(1, false)),
      Map.entry("os.execvp", new Vector(1, false)),
      Map.entry("os.execve", new Vector(1, false)),
      Map.entry("os.execvpe", new Vector(1, false)),
      Map.entry("os.spawnl", new Vector(2, true)),
      Map.entry("os.spawnlp", new Vector(2, true)),
      Map.entry("os.spawnv", new Vector(2, false)),
      Map.entry("os.spawnvp", new Vector(2, false)),
      Map.entry("pty.spawn", new Vector(0, false)));

  /**
   * The expression a shell runs as code when {@code c}, a call of {@code q}, is one of the exec or
   * spawn functions given a vector that starts a shell ({@code os.execlp("sh", "sh", "-c", cmd)}), or null.
   */
  static Expr commandOfExec(Expr.Call c, String q, List<Stmt> body, SemanticModel model, Scope scope) {
    Vector v = q == null ? null : EXEC.get(q);
    if (v == null || c.args().size() <= v.position()) {
      return null;
    }
    if (v.spread()) {
      List<Expr> rest = c.args().subList(v.position(), c.args().size());
      return rest.stream().anyMatch(x -> x instanceof Expr.Starred) ? null : fromElements(rest, model, scope);
    }
    return command(c.args().get(v.position()), body, model, scope);
  }

  /** The expression a shell runs as code when {@code argv} is the argument list, or null. */
  static Expr command(Expr argv, List<Stmt> body, SemanticModel model, Scope scope) {
    List<Expr> elts = elements(argv);
    if (elts != null) {
      return fromElements(elts, model, scope);
    }
    if (argv instanceof Expr.Name n) {
      Set<String> words = constantsGiven(n.id(), body, model, scope);
      boolean shell = words.stream().anyMatch(w -> SHELLS.contains(program(w)));
      boolean flag = words.stream().anyMatch(ShellArgv::commandFlag);
      return shell && flag ? argv : null;
    }
    return null;
  }

  /** The element after the command flag of a vector written out that starts a shell, or null. */
  private static Expr fromElements(List<Expr> elts, SemanticModel model, Scope scope) {
    List<String> words = new ArrayList<>();
    for (Expr x : elts) {
      words.add(model.constantString(x, scope).orElse(null));
    }
    int start = words.isEmpty() || !"env".equals(program(words.get(0))) ? 0 : 1;
    if (words.size() <= start || words.get(start) == null || !SHELLS.contains(program(words.get(start)))) {
      return null;
    }
    for (int i = start + 1; i + 1 < words.size(); i++) {
      if (words.get(i) != null && commandFlag(words.get(i))) {
        return elts.get(i + 1);
      }
    }
    return null;
  }

  private static List<Expr> elements(Expr e) {
    if (e instanceof Expr.List l) {
      return l.elts();
    }
    if (e instanceof Expr.Tuple t) {
      return t.elts();
    }
    return null;
  }

  /** {@code /bin/bash} is {@code bash}; {@code C:\Windows\System32\cmd.exe} is {@code cmd.exe}. */
  private static String program(String word) {
    if (word == null) {
      return null;
    }
    int slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
    return word.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  /** {@code -c} and combined short options ending in it ({@code -lc}, {@code -ec}), {@code /c}, {@code /k}, {@code -Command}. */
  private static boolean commandFlag(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.matches("-[a-z]*c") || w.equals("/c") || w.equals("/k") || w.equals("-command");
  }

  /** The constant strings {@code name} is ever given in {@code body}: its literals and the constants added to it. */
  private static Set<String> constantsGiven(String name, List<Stmt> body, SemanticModel model, Scope scope) {
    Set<String> words = new HashSet<>();
    TreeVisitor v = new OwnBodyVisitor() {
      @Override
      public void visitAssign(Stmt.Assign a) {
        if (a.targets().stream().anyMatch(t -> t instanceof Expr.Name n && n.id().equals(name))) {
          addConstants(a.value());
        }
        OwnBodyVisitor.super.visitAssign(a);
      }

      @Override
      public void visitAugAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Name n && n.id().equals(name)) {
          addConstants(a.value());
        }
        OwnBodyVisitor.super.visitAugAssign(a);
      }

      @Override
      public void visitCall(Expr.Call c) {
        if (c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && n.id().equals(name)
            && BUILDERS.contains(a.attr())) {
          c.args().forEach(this::addConstants);
        }
        OwnBodyVisitor.super.visitCall(c);
      }

      private void addConstants(Expr e) {
        List<Expr> elts = elements(e);
        for (Expr x : elts == null ? List.of(e) : elts) {
          model.constantString(x, scope).ifPresent(words::add);
        }
      }
    };
    v.visitAll(body);
    return words;
  }
}
