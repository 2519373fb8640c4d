package dev.bulwark.rules.injection;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code os.exec*}, {@code os.spawn*}, {@code os.posix_spawn*}, {@code os.startfile}: a program started directly. */
public final class StartProcessWithoutShellRule extends CallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW606", "start-process-without-shell",
      "Process started without a shell by an os.exec, os.spawn or os.startfile function", Severity.LOW,
      Confidence.MEDIUM, List.of(78), List.of("B606", "S606"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds the `os` functions that start a program directly: the eight `os.exec*` and eight "
              + "`os.spawn*` variants, `os.posix_spawn`, `os.posix_spawnp` and `os.startfile`. It is an audit "
              + "check, like Bandit's: every such call is listed, and the ones whose program or arguments are "
              + "computed at run time are raised to medium severity.",
          "No shell is involved, so shell syntax is harmless, but the program path and its arguments still "
              + "decide what runs. A path an attacker chooses runs their program; an argument they choose can be "
              + "read as an option. `os.startfile` opens a file with whatever program the system associates with "
              + "it, which for a downloaded file may be a script.",
          "os.execvp(tool, [tool, target])",
          "os.execv(\"/usr/bin/rsync\", [\"rsync\", \"--\", target])",
          "Name the program by a fixed absolute path, check variable arguments against what the program expects, "
              + "and put `--` before positional values.",
          "Constant calls are listed at low severity because the rule mirrors Bandit's audit check; the `os` "
              + "functions are rare in modern code, where subprocess is the usual choice. Silence one finding "
              + "with `# bulwark: ignore[BW606]`.",
          List.of("https://cwe.mitre.org/data/definitions/78.html",
              "https://docs.python.org/3/library/os.html#process-management")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ProcessCalls.ROOTS;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty() || !ProcessCalls.startsDirectly(name.get())) {
      return;
    }
    String function = name.get();
    BoundArguments arguments = context.arguments(call);
    boolean computed = false;
    for (Expr input : inputs(call, function, arguments)) {
      computed |= input instanceof Expr.Starred
          || !Values.isConstantCommand(input, context.model(), context.scope());
    }
    if (computed) {
      context.report(call, function + " starts a program chosen or fed at run time: check the path and arguments",
          Severity.MEDIUM, Confidence.MEDIUM);
    } else {
      context.report(call, function + " starts a program directly");
    }
  }

  /**
   * The arguments that decide what runs: the program and its arguments, not the spawn mode or the
   * environment. A value hidden in {@code *args} or {@code **kwargs} stands as the unpacking itself.
   */
  private static List<Expr> inputs(Expr.Call call, String function, BoundArguments arguments) {
    List<Expr> inputs = new ArrayList<>();
    if (function.equals("os.startfile")) {
      add(inputs, arguments, call, "filepath");
      add(inputs, arguments, call, "arguments");
      return inputs;
    }
    if (function.startsWith("os.posix_spawn")) {
      add(inputs, arguments, call, "path");
      add(inputs, arguments, call, "argv");
      return inputs;
    }
    String variant = function.substring(function.indexOf('.') + 1).replaceFirst("^(exec|spawn)", "");
    if (variant.startsWith("v")) {
      // execv(path, argv), spawnvpe(mode, file, args, env): the program and the argument vector are named
      add(inputs, arguments, call, ProcessCalls.programParameter(function));
      boolean path = function.equals("os.execv") || function.equals("os.execve");
      add(inputs, arguments, call, path ? "argv" : "args");
      return inputs;
    }
    // execl(file, *args), spawnlpe(mode, file, *args): the program, then its arguments one by one,
    // then the environment for the 'e' variants
    int first = function.startsWith("os.spawn") ? 1 : 0;
    int end = call.args().size();
    boolean hasEnvironment = variant.endsWith("e");
    if (hasEnvironment && end > first + 1 && !(call.args().get(end - 1) instanceof Expr.Starred)) {
      end--;
    }
    for (int i = first; i < end; i++) {
      inputs.add(call.args().get(i));
    }
    return inputs;
  }

  private static void add(List<Expr> inputs, BoundArguments arguments, Expr.Call call, String parameter) {
    Optional<Expr> value = arguments.argument(parameter);
    if (value.isPresent()) {
      inputs.add(value.get());
    } else if (!arguments.isCertain(parameter)) {
      unpacking(call).ifPresent(inputs::add);
    }
  }

  /** The first {@code *args} or {@code **kwargs} of the call, which may hold any argument. */
  private static Optional<Expr> unpacking(Expr.Call call) {
    for (Expr a : call.args()) {
      if (a instanceof Expr.Starred) {
        return Optional.of(a);
      }
    }
    return call.keywords().stream().filter(k -> k.arg() == null).map(k -> (Expr) k.value()).findFirst();
  }
}
