package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Summaries across modules: rounds, recursion, ambiguous module names. */
class ProjectAnalysisTest {

  /** One file of a project: its module name and text. */
  record Unit(String name, String text) {}

  private static ProjectSummaries summarize(Unit... units) {
    return ProjectAnalysis.summarize(List.of(units), Unit::name, u -> {
      ParseResult p = PythonParser.parseText(u.text(), u.name() + ".py");
      return new ProjectAnalysis.ParsedModule(p.module(), SemanticModel.of(p.module(), u.name(), false));
    }, ModelReader.builtin(), ProjectAnalysis.DEFAULT_ROUNDS);
  }

  @Test
  void aChainOfModulesIsFollowedToTheSink() {
    ProjectSummaries s = summarize(
        new Unit("views", "from svc import lookup\ndef v(x):\n    return lookup(x)\n"),
        new Unit("svc", "import repo as r\ndef lookup(x):\n    return r.fetch(x.strip())\n"),
        new Unit("repo", "import os\ndef fetch(x):\n    os.system('cat ' + x)\n"));

    assertThat(s.get("repo.fetch").orElseThrow().sinks()).singleElement()
        .satisfies(k -> assertThat(k.kind()).isEqualTo(SinkKind.COMMAND))
        .satisfies(k -> assertThat(k.where()).isEqualTo("repo line 3"));
    assertThat(s.get("svc.lookup").orElseThrow().sinks()).singleElement()
        .satisfies(k -> assertThat(k.where()).isEqualTo("repo line 3"));
    assertThat(s.get("views.v").orElseThrow().sinks()).hasSize(1);
  }

  @Test
  void aHelperReturningAConstantHasNoSummaryAndOneReturningItsArgumentHasOne() {
    ProjectSummaries s = summarize(new Unit("util", "def fixed(x):\n    return 'ok'\ndef same(x, y):\n    return y\n"));

    assertThat(s.get("util.fixed")).isEmpty();
    assertThat(s.get("util.same").orElseThrow().returnedParams()).isEqualTo(Map.of(1, Set.of()));
  }

  @Test
  void recursionAcrossModulesEnds() {
    ProjectSummaries s = summarize(
        new Unit("a", "import b, os\ndef f(x, n):\n    os.system(x)\n    return b.g(x, n - 1)\n"),
        new Unit("b", "import a\ndef g(x, n):\n    return a.f(x, n) if n else x\n"));

    assertThat(s.get("a.f").orElseThrow().sinks()).isNotEmpty();
    assertThat(s.get("b.g").orElseThrow().sinks()).isNotEmpty();
    assertThat(s.get("b.g").orElseThrow().returnedParams()).containsKey(0);
  }

  @Test
  void twoFilesWithOneModuleNameAreLeftOut() {
    ProjectSummaries s = summarize(
        new Unit("setup", "import os\ndef run(x):\n    os.system(x)\n"),
        new Unit("setup", "def run(x):\n    return 1\n"),
        new Unit("main", "import os\ndef run(x):\n    os.system(x)\n"));

    assertThat(s.get("setup.run")).isEmpty();
    assertThat(s.get("main.run")).isPresent();
  }
}
