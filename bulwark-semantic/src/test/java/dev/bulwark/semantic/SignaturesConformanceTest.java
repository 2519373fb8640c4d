package dev.bulwark.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every standard-library signature of the table, as the CPython named by its section gives it:
 * {@code tools/signatures/expected.py} asked each interpreter and stored the answers in
 * {@code signatures-cpython.txt}, so this test needs no Python. Parameter names, kinds and which
 * have defaults must agree; the defaults' text may differ (CPython prints some as {@code <...>}).
 */
class SignaturesConformanceTest {

  @Test
  void standardLibrarySignaturesAgreeWithCPython() throws IOException {
    Signatures expected;
    try (InputStream in = getClass().getResourceAsStream("signatures-cpython.txt")) {
      assertThat(in).as("signatures-cpython.txt: run tools/signatures/expected.py").isNotNull();
      expected = Signatures.parse("signatures-cpython.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<String> problems = new ArrayList<>();
    int checked = 0;
    int documented = 0;
    for (Signature s : Signatures.known().all()) {
      if (s.origin().equals("documented")) {
        documented++;
        continue;
      }
      assertThat(s.origin()).startsWith("cpython ");
      Signature cpython = expected.get(s.name()).orElse(null);
      if (cpython == null || !cpython.origin().equals(s.origin())) {
        problems.add(s.name() + ": not in the " + s.origin() + " section of signatures-cpython.txt; rerun "
            + "tools/signatures/expected.py");
        continue;
      }
      if (s.isPartial()) {
        problems.add(s.name() + ": a CPython signature is complete, '...' has no place in it");
      }
      if (!shape(s).equals(shape(cpython))) {
        problems.add(s.name() + ":\n    table:   " + s + "\n    CPython: " + cpython);
      }
      checked++;
    }
    for (Signature e : expected.all()) {
      if (Signatures.known().get(e.name()).isEmpty()) {
        problems.add(e.name() + ": in signatures-cpython.txt but no longer in the table; rerun the script");
      }
    }
    assertThat(problems).as("signatures that disagree with CPython").isEmpty();
    assertThat(checked + documented).isEqualTo(Signatures.known().size());
    assertThat(checked).as("checked against CPython").isGreaterThan(100);
  }

  /** What a signature means to the binder: each parameter's name, kind and whether it has a default. */
  private static List<String> shape(Signature s) {
    List<String> out = new ArrayList<>();
    for (Parameter p : s.parameters()) {
      out.add(p.name() + ":" + p.kind() + (p.hasDefault() ? "=" : ""));
    }
    return out;
  }
}
