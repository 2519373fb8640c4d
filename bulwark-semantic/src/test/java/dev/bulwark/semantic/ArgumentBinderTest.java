package dev.bulwark.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentBinderTest {

  private static final Signatures TABLE = Signatures.parse("test.txt", String.join("\n",
      "[documented]",
      "f(a, b=1, /, c=2, *, d=3)",
      "g(a, *rest, k=None, **extra)",
      "h(a, /, **kw)",
      "p(a, *, ...)",
      "m(self, x, y=None)",
      "outer(first, *args, level=0, **kwargs) => inner",
      "inner(x, y=None, *, z=None)",
      "alias = inner"));

  /** The call of a one-line Python expression statement. */
  private static Expr.Call call(String source) {
    ParseResult parsed = PythonParser.parseText(source + "\n", "t.py");
    assertThat(parsed.ok()).as(source).isTrue();
    return (Expr.Call) ((Stmt.Expr) parsed.module().body().get(0)).value();
  }

  private static BoundArguments bind(String signature, String source) {
    return TABLE.require(signature).bind(call(source));
  }

  /** The source text of the argument bound to a parameter, or "-" when none is. */
  private static String text(BoundArguments bound, String parameter) {
    Optional<Expr> e = bound.argument(parameter);
    if (e.isEmpty()) {
      return "-";
    }
    return e.get() instanceof Expr.Name n ? n.id() : e.get().getClass().getSimpleName();
  }

  @Test
  void positionalArgumentsFillPositionalParametersInOrder() {
    BoundArguments b = bind("f", "f(x, y, z)");
    assertThat(text(b, "a")).isEqualTo("x");
    assertThat(text(b, "b")).isEqualTo("y");
    assertThat(text(b, "c")).isEqualTo("z");
    assertThat(b.isAbsent("d")).isTrue();
    assertThat(b.isError()).isFalse();
  }

  @Test
  void keywordsBindByName() {
    BoundArguments b = bind("f", "f(x, d=v, c=w)");
    assertThat(text(b, "c")).isEqualTo("w");
    assertThat(text(b, "d")).isEqualTo("v");
    assertThat(b.isCertain("b")).isTrue();
  }

  @Test
  void keywordForPositionalOnlyParameterIsAnError() {
    BoundArguments b = bind("f", "f(x, b=y)");
    assertThat(b.isError()).isTrue();
    assertThat(b.error()).hasValueSatisfying(m -> assertThat(m).contains("positional-only", "'b'"));
    assertThat(b.argument("a")).isEmpty();
    assertThat(b.isAbsent("b")).isFalse();
  }

  @Test
  void keywordForPositionalOnlyParameterGoesToKwargsWhenThereIsOne() {
    BoundArguments b = bind("h", "h(x, a=y)");
    assertThat(b.isError()).isFalse();
    assertThat(text(b, "a")).isEqualTo("x");
  }

  @Test
  void tooManyPositionalArgumentsAndUnknownKeywordsAndDuplicatesAreErrors() {
    assertThat(bind("f", "f(p, q, r, s)").error()).hasValueSatisfying(m -> assertThat(m).contains("at most 3"));
    assertThat(bind("f", "f(p, e=1)").error()).hasValueSatisfying(m -> assertThat(m).contains("no parameter 'e'"));
    assertThat(bind("f", "f(p, q, r, c=1)").error()).hasValueSatisfying(m -> assertThat(m).contains("given twice"));
    assertThat(bind("f", "f(p)").isError()).as("missing arguments are not an error").isFalse();
  }

  @Test
  void starredArgumentMakesLaterPositionsUnknowable() {
    BoundArguments b = bind("f", "f(x, *more, d=v)");
    assertThat(text(b, "a")).isEqualTo("x");
    assertThat(b.argument("b")).isEmpty();
    assertThat(b.isCertain("b")).isFalse();
    assertThat(b.isCertain("c")).isFalse();
    assertThat(text(b, "d")).isEqualTo("v");
    assertThat(b.isCertain("d")).isTrue();
    // a later positional argument's place is unknowable too
    assertThat(bind("f", "f(*more, y)").argument("b")).isEmpty();
  }

  @Test
  void doubleStarMayHideAnyKeyword() {
    BoundArguments b = bind("f", "f(x, **options)");
    assertThat(b.isCertain("a")).isTrue();
    assertThat(b.isCertain("b")).as("positional-only: no keyword reaches it").isTrue();
    assertThat(b.isCertain("c")).isFalse();
    assertThat(b.isAbsent("d")).isFalse();
  }

  @Test
  void extraArgumentsGoToVariadicParameters() {
    BoundArguments b = bind("g", "g(x, y, z, k=v, other=w)");
    assertThat(text(b, "a")).isEqualTo("x");
    assertThat(text(b, "k")).isEqualTo("v");
    assertThat(text(b, "other")).as("taken by **extra").isEqualTo("w");
    assertThat(b.argument("rest")).isEmpty();
    assertThat(b.isAbsent("missing")).isTrue();
    assertThat(b.isError()).isFalse();
  }

  @Test
  void partialSignatureTakesUnlistedKeywords() {
    BoundArguments b = bind("p", "p(x, anything=y)");
    assertThat(b.isError()).isFalse();
    assertThat(text(b, "anything")).isEqualTo("y");
    assertThat(bind("p", "p(x, y)").isError()).isTrue();
  }

  @Test
  void methodCalledOnAnObjectLosesSelf() {
    Signature m = TABLE.require("m");
    assertThat(m.isMethod()).isTrue();
    BoundArguments b = m.boundMethod().bind(call("obj.m(p, q)"));
    assertThat(text(b, "x")).isEqualTo("p");
    assertThat(text(b, "y")).isEqualTo("q");
    assertThat(text(m.bind(call("C.m(obj, p)")), "x")).isEqualTo("p");
    assertThat(TABLE.require("f").boundMethod()).isSameAs(TABLE.require("f"));
  }

  @Test
  void forwardedArgumentsBindToTheTarget() {
    BoundArguments b = bind("outer", "outer(p, q, r, level=1, z=s)");
    assertThat(text(b, "first")).isEqualTo("p");
    assertThat(text(b, "x")).isEqualTo("q");
    assertThat(text(b, "y")).isEqualTo("r");
    assertThat(text(b, "z")).isEqualTo("s");
    assertThat(bind("outer", "outer(p, q, bogus=1)").error())
        .hasValueSatisfying(m -> assertThat(m).contains("no parameter 'bogus'", "passed on to inner"));
    BoundArguments starred = bind("outer", "outer(*cmd, z=s)");
    assertThat(starred.argument("x")).isEmpty();
    assertThat(starred.isCertain("x")).isFalse();
    assertThat(text(starred, "z")).isEqualTo("s");
    assertThat(bind("outer", "outer(p, **kw)").isCertain("z")).isFalse();
  }

  @Test
  void aliasesShareTheSignature() {
    assertThat(text(bind("alias", "alias(p, z=q)"), "z")).isEqualTo("q");
    assertThat(TABLE.require("alias").name()).isEqualTo("alias");
  }

  @Test
  void unknownCalleeFindsKeywordsOnly() {
    BoundArguments b = BoundArguments.byKeyword(call("anything(x, shell=y)"));
    assertThat(text(b, "shell")).isEqualTo("y");
    assertThat(b.argument("args")).isEmpty();
    assertThat(b.isAbsent("args")).isFalse();
    assertThat(b.signature()).isEmpty();
  }

  @Test
  void subprocessRunPassesItsArgumentsToPopen() {
    Signatures known = Signatures.known();
    BoundArguments run = known.require("subprocess.run")
        .bind(call("subprocess.run(cmd, -1, None, None, None, None, None, True, True)"));
    assertThat(run.argument("shell")).hasValueSatisfying(e -> assertThat(e).isInstanceOf(Expr.Constant.class));
    assertThat(text(run, "args")).isEqualTo("cmd");
    BoundArguments checkCall = known.require("subprocess.check_call").bind(call("check_call(cmd, shell=flag)"));
    assertThat(text(checkCall, "shell")).isEqualTo("flag");
    assertThat(known.require("subprocess.check_output").bind(call("check_output(cmd, shel=True)")).isError()).isTrue();
  }

  @Test
  void requestsFunctionsPassKeywordsOnToSessionRequest() {
    Signatures known = Signatures.known();
    BoundArguments get = known.require("requests.get").bind(call("requests.get(url, None, verify=False)"));
    assertThat(get.argument("verify")).isPresent();
    assertThat(get.isAbsent("timeout")).isTrue();
    BoundArguments sessionGet = known.require("requests.Session.get").boundMethod()
        .bind(call("s.get(url, timeout=t)"));
    assertThat(text(sessionGet, "timeout")).isEqualTo("t");
    assertThat(known.require("requests.post").bind(call("requests.post(url, verfy=False)")).isError()).isTrue();
  }
}
