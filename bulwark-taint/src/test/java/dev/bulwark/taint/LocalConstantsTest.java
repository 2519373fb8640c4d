package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.SemanticModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalConstantsTest {

  /** The functions called (as statements) in the blocks that may run, module level. */
  private static Set<String> live(String source) {
    ParseResult parsed = PythonParser.parseText(source, "t.py");
    SemanticModel model = SemanticModel.of(parsed.module(), "t", false);
    List<Stmt> body = parsed.module().body();
    Cfg g = Cfg.build(body, model, model.moduleScope());
    LocalConstants c = LocalConstants.solve(g, body, model, model.moduleScope());
    Set<String> calls = new HashSet<>();
    for (Cfg.Block b : g.blocks()) {
      if (!c.live(b)) {
        continue;
      }
      for (Cfg.Item i : b.items()) {
        if (i instanceof Cfg.Simple s && s.stmt() instanceof Stmt.Expr e && e.value() instanceof Expr.Call call) {
          calls.add(TaintAnalysis.dotted(call.func()));
        }
      }
    }
    return calls;
  }

  /** Each conditional expression of the module and whether its test is decided (null: not). */
  private static List<Boolean> decided(String source) {
    ParseResult parsed = PythonParser.parseText(source, "t.py");
    SemanticModel model = SemanticModel.of(parsed.module(), "t", false);
    List<Stmt> body = parsed.module().body();
    LocalConstants c = LocalConstants.solve(Cfg.build(body, model, model.moduleScope()), body, model,
        model.moduleScope());
    List<Boolean> out = new java.util.ArrayList<>();
    TreeVisitor v = new TreeVisitor() {
      @Override
      public void visitIfExp(Expr.IfExp node) {
        out.add(c.decided(node));
        TreeVisitor.super.visitIfExp(node);
      }
    };
    body.forEach(v::visit);
    return out;
  }

  @Test
  void theValueThatReachesATestDecidesIt() {
    assertThat(live("""
        msg = "nothing to see"
        if "see" in msg:
            taken()
        else:
            skipped()
        if "see" not in msg:
            skipped2()
        msg = "other"
        if msg == "other":
            taken2()
        n = 106
        n = n + 1
        if 7 * 42 - n > 200:
            skipped3()
        """)).containsExactlyInAnyOrder("taken", "taken2");
  }

  @Test
  void aValueThatDiffersOnTwoWaysInDecidesNothing() {
    assertThat(live("""
        mode = "a"
        if flag():
            mode = "b"
        if mode == "a":
            either()
        else:
            other()
        count = 0
        while count < 3:
            count += 1
            if count == 2:
                second()
        """)).contains("either", "other", "second");
  }

  @Test
  void anExceptionLeavesATryBodyAtAnyPoint() {
    assertThat(live("""
        step = "start"
        try:
            step = "run"
            work()
            step = "done"
        except ValueError:
            if step == "run":
                failed_in_work()
        """)).contains("failed_in_work");
  }

  @Test
  void matchCasesOnLiteralPatterns() {
    assertThat(live("""
        letters = "xyz"
        pick = letters[1]
        match pick:
            case "x":
                no1()
            case "y":
                yes()
            case "y" | "z":
                no2()
            case _:
                no3()
        match letters[-1:]:
            case "x" | "z":
                yes2()
            case other:
                no4()
        match unknown():
            case "x":
                maybe()
        """)).containsExactlyInAnyOrder("yes", "yes2", "maybe");
  }

  @Test
  void aGuardedCaseDoesNotHideTheCasesAfterIt() {
    assertThat(live("""
        kind = "y"
        match kind:
            case "y" if ready():
                first()
            case _:
                fallback()
        """)).contains("first", "fallback");
  }

  @Test
  void namesRebindableFromElsewhereAreNotTracked() {
    assertThat(live("""
        state = "idle"
        def start():
            global state
            state = "busy"
        start()
        if state == "idle":
            idle()
        else:
            busy()
        """)).contains("idle", "busy");
  }

  @Test
  void conditionalExpressionsAreDecidedWhereTheyRun() {
    assertThat(decided("""
        n = 106
        n = n - 6
        a = "x" if n > 50 else "y"
        b = "x" if n > 500 else "y"
        c = "x" if unknown() else "y"
        f = lambda n: "x" if n > 50 else "y"
        """)).containsExactly(true, false, null, null);
  }
}
