package dev.bulwark.rules.injection;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/**
 * The standard-library functions that start programs, grouped by how they start them. Several
 * rules share these lists so that a function is never missing from one rule and present in another.
 */
final class ProcessCalls {
  private ProcessCalls() {}

  /** {@code subprocess} functions that take an argument vector and use a shell only with {@code shell=True}. */
  static final List<String> SUBPROCESS =
      Signatures.known().requireAll(List.of("subprocess.Popen", "subprocess.call", "subprocess.check_call",
          "subprocess.check_output", "subprocess.run"));

  /** Functions that always hand a command string to {@code /bin/sh} (or {@code cmd.exe}). */
  static final List<String> SHELL =
      Signatures.known().requireAll(List.of("os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4",
          "popen2.popen2", "popen2.popen3", "popen2.popen4", "popen2.Popen3", "popen2.Popen4", "commands.getoutput",
          "commands.getstatusoutput"));

  /** The two {@code subprocess} helpers that always use the shell; they have a rule of their own. */
  static final List<String> GETOUTPUT =
      Signatures.known().requireAll(List.of("subprocess.getoutput", "subprocess.getstatusoutput"));

  /** {@code os.exec*}: replace the current process; the program is the first argument. */
  static final List<String> EXEC =
      Signatures.known().requireAll(List.of("os.execl", "os.execle", "os.execlp", "os.execlpe", "os.execv", "os.execve",
          "os.execvp", "os.execvpe"));

  /** {@code os.spawn*}: the first argument is the mode, the program the second. */
  static final List<String> SPAWN =
      Signatures.known().requireAll(List.of("os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", "os.spawnv",
          "os.spawnve", "os.spawnvp", "os.spawnvpe"));

  /** Other ways to start a program without a shell; the program is the first argument. */
  static final List<String> OTHER_NO_SHELL =
      Signatures.known().requireAll(List.of("os.startfile", "os.posix_spawn", "os.posix_spawnp"));

  /** The modules every process-starting function above comes from: the process rules need one imported. */
  static final Set<String> ROOTS = ModuleRoots.of(SUBPROCESS, SHELL, GETOUTPUT, EXEC, SPAWN, OTHER_NO_SHELL);

  /** Whether the function starts a program without a shell: exec, spawn, posix_spawn or startfile. */
  static boolean startsDirectly(String function) {
    return EXEC.contains(function) || SPAWN.contains(function) || OTHER_NO_SHELL.contains(function);
  }

  /**
   * Whether the call passes {@code shell} a constant that Python takes as true: by keyword, or by
   * position where the callee's signature has it ({@code Popen(cmd, -1, None, None, None, None, None,
   * True, True)}).
   */
  static boolean usesShell(Expr.Call call, RuleContext context) {
    Optional<Expr> shell = context.argument(call, "shell");
    return shell.isPresent() && context.constant(shell.get()).map(PyConstant::truth).orElse(false);
  }

  /** shell= counts when it is a constant Python would take as true. */
  /** The command line of a {@link #SHELL} or {@link #GETOUTPUT} call: os.system's {@code command}, the others' {@code cmd}. */
  static Optional<Expr> shellCommand(Expr.Call call, RuleContext context) {
    BoundArguments arguments = context.arguments(call);
    return arguments.argument("command").or(() -> arguments.argument("cmd"));
  }

  /**
   * The line the shell reads when a {@code subprocess} call has {@code shell=True}: the command
   * string itself, or the first element of a list (the rest become the shell's own arguments).
   */
  static Optional<Expr> subprocessShellLine(Optional<Expr> command) {
    List<Expr> elements = command.map(Values::elements).orElse(null);
    if (elements != null) {
      return elements.isEmpty() ? Optional.empty() : Optional.of(elements.get(0));
    }
    return command;
  }

  /** The parameter of a no-shell function that names the program: {@code file}, {@code path} or {@code filepath}. */
  static String programParameter(String function) {
    if (function.equals("os.startfile")) {
      return "filepath";
    }
    if (function.startsWith("os.posix_spawn") || function.equals("os.execv") || function.equals("os.execve")) {
      return "path";
    }
    return "file";
  }

  /**
   * Whether the function looks a bare program name up in {@code PATH} (or the Windows search
   * order): the {@code p} variants of exec and spawn, {@code posix_spawnp} and {@code startfile}.
   * The other exec and spawn variants take a bare name relative to the working directory instead.
   */
  static boolean searchesPath(String function) {
    if (function.equals("os.startfile") || function.equals("os.posix_spawnp")) {
      return true;
    }
    String variant;
    if (EXEC.contains(function)) {
      variant = function.substring("os.exec".length());
    } else if (SPAWN.contains(function)) {
      variant = function.substring("os.spawn".length());
    } else {
      return false;
    }
    return variant.contains("p");
  }
}
