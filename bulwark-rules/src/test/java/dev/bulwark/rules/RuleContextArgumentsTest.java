package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleContextArgumentsTest {

  private RuleContext context;
  private List<Stmt> body;

  private void parse(String source) {
    ParseResult parsed = PythonParser.parseText(source, "t.py");
    assertThat(parsed.ok()).isTrue();
    body = parsed.module().body();
    context = RuleContexts.create("t.py", source, parsed.comments(), SemanticModel.of(parsed.module(), "t", false),
        new ArrayList<>());
  }

  /** The call that is statement {@code index} of the module. */
  private Expr.Call call(int index) {
    return (Expr.Call) ((Stmt.Expr) body.get(index)).value();
  }

  private static String name(Optional<Expr> e) {
    return e.map(x -> x instanceof Expr.Name n ? n.id() : x.getClass().getSimpleName()).orElse("-");
  }

  @Test
  void bindsByTheSignatureOfTheResolvedCallee() {
    parse("from subprocess import Popen as P\nP(cmd, -1, None, None, None, None, None, True, flag)\n");
    assertThat(name(context.argument(call(1), "shell"))).isEqualTo("flag");
    assertThat(name(context.argument(call(1), "args"))).isEqualTo("cmd");
  }

  @Test
  void unknownCalleesBindByKeywordAlone() {
    parse("helper(cmd, shell=flag)\nhelper(cmd, flag)\n");
    assertThat(name(context.argument(call(0), "shell"))).isEqualTo("flag");
    assertThat(context.argument(call(1), "shell")).isEmpty();
    assertThat(context.arguments(call(1)).isAbsent("shell")).isFalse();
  }

  @Test
  void namedMethodSignatureLeavesSelfOutForACallOnAnObject() {
    parse("import tarfile\ntar.extractall(dest, chosen)\ntarfile.TarFile.extractall(tar, dest)\n");
    assertThat(name(context.argument(call(1), "tarfile.TarFile.extractall", "members"))).isEqualTo("chosen");
    assertThat(name(context.argument(call(2), "tarfile.TarFile.extractall", "path"))).isEqualTo("dest");
  }

  @Test
  void theLastBindingIsReused() {
    parse("import subprocess\nsubprocess.run(cmd, shell=True)\n");
    assertThat(context.arguments(call(1))).isSameAs(context.arguments(call(1)));
  }

  @Test
  void namingACallableTheTableLacksIsABug() {
    parse("x.y()\n");
    assertThatThrownBy(() -> context.argument(call(0), "no.such.callable", "p"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.callable");
  }
}
