package dev.bulwark.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.semantic.Parameter.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {

  @Test
  void builtInTableParses() {
    Signatures known = Signatures.known();
    assertThat(known.size()).isGreaterThan(250);
    Signature popen = known.require("subprocess.Popen");
    assertThat(popen.parameters().get(8)).isEqualTo(new Parameter("shell", Kind.POSITIONAL_OR_KEYWORD, "False"));
    assertThat(popen.parameter("user")).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(Kind.KEYWORD_ONLY));
    Signature loads = known.require("pickle.loads");
    assertThat(loads.parameters().get(0).kind()).isEqualTo(Kind.POSITIONAL_ONLY);
    assertThat(known.require("subprocess.run").forwardsTo()).hasValueSatisfying(
        t -> assertThat(t.name()).isEqualTo("subprocess.Popen"));
    assertThat(known.get("no.such.callable")).isEmpty();
    assertThat(Signatures.known()).isSameAs(known);
  }

  @Test
  void everySignaturePrintsBackAsItsOwnNotation() {
    for (Signature s : Signatures.known().all()) {
      Signatures again = Signatures.parse("again", "[documented]\n" + s.toString().replaceAll(" => .*", ""));
      Signature copy = again.require(s.name());
      assertThat(copy.parameters()).as(s.toString()).isEqualTo(s.parameters());
      assertThat(copy.isPartial()).as(s.toString()).isEqualTo(s.isPartial());
    }
  }

  @Test
  void notationCoversEveryParameterKind() {
    Signature s = Signatures.parse("t",
        "[documented]\nf(a, b=\"x, y\", /, c=(1, 2), *args, d, e={'k': [1]}, **kw)  # ok").require("f");
    assertThat(s.parameters()).extracting(Parameter::kind).containsExactly(Kind.POSITIONAL_ONLY,
        Kind.POSITIONAL_ONLY, Kind.POSITIONAL_OR_KEYWORD, Kind.VAR_POSITIONAL, Kind.KEYWORD_ONLY,
        Kind.KEYWORD_ONLY, Kind.VAR_KEYWORD);
    assertThat(s.parameters()).extracting(Parameter::defaultValue).containsExactly(null, "\"x, y\"", "(1, 2)", null,
        null, "{'k': [1]}", null);
    assertThat(s.toString()).isEqualTo("f(a, b=\"x, y\", /, c=(1, 2), *args, d, e={'k': [1]}, **kw)");
  }

  @Test
  void malformedLinesAreReportedWithTheirPlace() {
    List<String[]> cases = List.of(
        new String[] {"f(a, /, b, /)", "t.txt:2:12: a second '/'"},
        new String[] {"f(*, a, /)", "'/' after '*'"},
        new String[] {"f(/, a)", "'/' needs a parameter before it"},
        new String[] {"f(a, *)", "a bare '*' must be followed by a keyword-only parameter or '...'"},
        new String[] {"f(a=1, b)", "parameter 'b' without a default follows one with a default"},
        new String[] {"f(a, a)", "duplicate parameter 'a'"},
        new String[] {"f(**kw, a)", "out of order"},
        new String[] {"f(a, ...)", "'...' stands for more keyword-only parameters"},
        new String[] {"f(*, a, ..., b)", "'...' must be the last item"},
        new String[] {"f(a=)", "'=' without a default value"},
        new String[] {"f(a=\"x)", "unclosed string"},
        new String[] {"f(a", "missing ')'"},
        new String[] {"f(a) junk", "unexpected 'junk'"},
        new String[] {"f", "expected '('"},
        new String[] {"f(1a)", "a name expected, found '1'"},
        new String[] {"f(a) => g", "forwards to unknown g"},
        new String[] {"f = g", "alias of unknown g"},
        new String[] {"f(a) => g\ng(x)", "f: forwards to g but has neither *args nor **kwargs"});
    for (String[] c : cases) {
      assertThatThrownBy(() -> Signatures.parse("t.txt", "[documented]\n" + c[0])).as(c[0])
          .isInstanceOf(SignatureSyntaxException.class).hasMessageStartingWith("t.txt:2")
          .hasMessageContaining(c[1]);
    }
    assertThatThrownBy(() -> Signatures.parse("t.txt", "f(a)")).hasMessage(
        "t.txt:1:1: signature before the first [section] line saying where it comes from");
    assertThatThrownBy(() -> Signatures.parse("t.txt", "[cpython three]")).hasMessageContaining("unknown section");
    assertThatThrownBy(() -> Signatures.parse("t.txt", "[documented]\nf(a)\nf(b)"))
        .hasMessage("t.txt:3: f is already on line 2");
    assertThatThrownBy(() -> Signatures.parse("t.txt", "[documented]\nf(*a) => g\ng(*a) => f"))
        .hasMessageContaining("cycle");
  }

  @Test
  void requireNamesTheMissingCallable() {
    assertThatThrownBy(() -> Signatures.known().require("os.nothing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("os.nothing");
  }
}
