package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CfgTest {

  private static Cfg cfg(String source) {
    ParseResult parsed = PythonParser.parseText(source, "t.py");
    SemanticModel model = SemanticModel.of(parsed.module(), "t", false);
    return Cfg.build(parsed.module().body(), model, model.moduleScope());
  }

  /** The statements of every block reachable from the entry. */
  private static Set<String> reachable(Cfg g) {
    Set<Cfg.Block> seen = new HashSet<>();
    Deque<Cfg.Block> work = new ArrayDeque<>(List.of(g.entry()));
    Set<String> calls = new HashSet<>();
    while (!work.isEmpty()) {
      Cfg.Block b = work.poll();
      if (!seen.add(b)) {
        continue;
      }
      for (Cfg.Item i : b.items()) {
        if (i instanceof Cfg.Simple s && s.stmt() instanceof Stmt.Expr e) {
          calls.add(TaintAnalysis.dotted(((dev.bulwark.python.ast.Expr.Call) e.value()).func()));
        }
      }
      work.addAll(b.successors());
    }
    return calls;
  }

  @Test
  void constantConditionsLeaveTheDeadSideUnreachable() {
    Cfg g = cfg("""
        if False:
            dead1()
        if 7 * 42 - 200 > 0:
            live1()
        else:
            dead2()
        DEBUG = 0
        if not DEBUG and True:
            live2()
        while False:
            dead3()
        while True:
            live3()
        after_endless_loop()
        """);
    assertThat(reachable(g)).containsExactlyInAnyOrder("live1", "live2", "live3");
  }

  @Test
  void returnRaiseBreakAndContinueEndTheirBlock() {
    Cfg g = cfg("""
        def f():
            pass
        for x in y:
            if x:
                break
                dead1()
            else:
                continue
                dead2()
        else:
            live1()
        try:
            raise E
            dead3()
        except E as e:
            live2()
        finally:
            live3()
        """);
    assertThat(reachable(g)).containsExactlyInAnyOrder("live1", "live2", "live3");
  }

  @Test
  void unknownConditionsKeepBothSides() {
    Cfg g = cfg("""
        if flag:
            a()
        elif other:
            b()
        else:
            c()
        match v:
            case 1:
                d()
        """);
    assertThat(reachable(g)).containsExactlyInAnyOrder("a", "b", "c", "d");
  }
}
