package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Set;

/** A debugger breakpoint, or a debugger import, left in the code. */
public final class DebuggerRule implements Rule {

  /** Modules that exist to stop a program and give someone a debugger prompt. */
  private static final Set<String> DEBUGGER_MODULES = Set.of("pdb", "ipdb", "pudb", "pdbr", "rpdb", "remote_pdb",
      "web_pdb", "wdb", "debugpy", "ptvsd", "pydevd", "pydevd_pycharm", "celery.contrib.rdb");

  /** Calls that stop at a breakpoint, wait for a debugger, or open a shell. */
  private static final List<String> BREAKPOINTS = List.of("builtins.breakpoint", "sys.breakpointhook",
      "pdb.set_trace", "pdb.post_mortem", "pdb.pm", "pdb.run", "pdb.runcall", "pdb.runeval", "pdb.runctx",
      "ipdb.set_trace", "ipdb.post_mortem", "ipdb.pm", "ipdb.sset_trace", "pudb.set_trace", "pudb.post_mortem",
      "pudb.start", "pdbr.set_trace", "pdbr.post_mortem", "rpdb.set_trace", "remote_pdb.set_trace",
      "web_pdb.set_trace", "wdb.set_trace", "debugpy.breakpoint", "debugpy.listen", "debugpy.wait_for_client",
      "ptvsd.break_into_debugger", "ptvsd.enable_attach", "ptvsd.wait_for_attach", "pydevd.settrace",
      "pydevd_pycharm.settrace", "celery.contrib.rdb.set_trace", "IPython.embed", "IPython.terminal.embed.embed");

  private static final RuleMetadata METADATA = new RuleMetadata("BW960", "debugger-left-in",
      "debugger breakpoint or import left in code", Severity.MEDIUM, Confidence.HIGH, List.of(489),
      List.of("T100"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls that stop the program at a debugger or wait for one to attach (`breakpoint()`, "
              + "`pdb.set_trace()`, `ipdb`, `pudb`, `debugpy.listen`, `IPython.embed`, ...) and imports of "
              + "debugger modules (`import pdb`, `from ipdb import set_trace`).",
          "A breakpoint left in a server blocks the request, or the whole worker, waiting at a prompt; "
              + "where stdin is attached it hands an interactive Python shell with the process's rights to "
              + "whoever is on the other end. Remote debuggers (`debugpy.listen`, `remote_pdb`) open a "
              + "network port that runs any code sent to it.",
          "def charge(order):\n    import pdb; pdb.set_trace()\n    return gateway.charge(order.total)",
          "def charge(order):\n    logger.debug(\"charging %s\", order.id)\n    return gateway.charge(order.total)",
          "Remove the breakpoint and the import before committing; use logging to observe a running program.",
          "Debugging tools and developer-only entry points use these APIs on purpose; silence them with "
              + "`# bulwark: ignore[BW960]`. `breakpoint()` is reported even when PYTHONBREAKPOINT=0 "
              + "disables it, because that depends on the environment.",
          List.of("https://cwe.mitre.org/data/definitions/489.html",
              "https://docs.python.org/3/library/pdb.html",
              "https://docs.python.org/3/library/functions.html#breakpoint")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Expr.Call.class, Stmt.Import.class, Stmt.ImportFrom.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node instanceof Expr.Call call) {
      if (context.isAnyOf(call.func(), BREAKPOINTS)) {
        String name = context.qualifiedName(call.func()).orElse("breakpoint").replace("builtins.", "");
        context.report(call, name + "() stops the program at a debugger prompt");
      }
    } else if (node instanceof Stmt.Import imp) {
      for (Alias a : imp.names()) {
        if (DEBUGGER_MODULES.contains(a.name())) {
          context.report(a, "import of debugger module " + a.name());
        }
      }
    } else if (node instanceof Stmt.ImportFrom from && from.level() == 0 && from.module() != null) {
      if (DEBUGGER_MODULES.contains(from.module())) {
        context.report(from, "import from debugger module " + from.module());
      } else {
        for (Alias a : from.names()) {
          if (DEBUGGER_MODULES.contains(from.module() + "." + a.name())) {
            context.report(a, "import of debugger module " + from.module() + "." + a.name());
          }
        }
      }
    }
  }
}
