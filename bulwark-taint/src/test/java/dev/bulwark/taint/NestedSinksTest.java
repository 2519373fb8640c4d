package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flow through a sink call into another sink of the same kind around it is one hit, at the outer call. */
class NestedSinksTest {

  private static final String HEAD = """
      import os
      import shutil
      from pathlib import Path
      from flask import Flask, request

      app = Flask(__name__)
      BASE = "/srv/files"

      """;

  private static List<TaintAnalysis.Hit> hits(String body) {
    String text = HEAD + body;
    ParseResult parsed = PythonParser.parseText(text, "nested.py");
    assertThat(parsed.error()).isEmpty();
    SemanticModel model = SemanticModel.of(parsed.module(), "nested", false);
    return TaintAnalysis.analyze(parsed.module(), model, ModelReader.builtin());
  }

  @Test
  void constructorAndMethodOnOneLineAreOneFinding() {
    List<TaintAnalysis.Hit> hits = hits("""
        @app.route("/doc")
        def doc():
            name = request.args["name"]
            return Path(BASE, name).read_text()
        """);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).kind()).isEqualTo(SinkKind.PATH);
    assertThat(hits.get(0).sink()).contains("read_text");
  }

  @Test
  void aHelpersSummaryKeepsOnlyTheOuterSink() {
    String helper = "from pathlib import Path\ndef read_doc(name):\n    return Path('/srv/docs', name).read_text()\n";
    ProjectSummaries s = ProjectAnalysis.summarize(List.of(helper), t -> "docs", t -> {
      ParseResult p = PythonParser.parseText(t, "docs.py");
      return new ProjectAnalysis.ParsedModule(p.module(), SemanticModel.of(p.module(), "docs", false));
    }, ModelReader.builtin(), ProjectAnalysis.DEFAULT_ROUNDS);
    assertThat(s.get("docs.read_doc").orElseThrow().sinks()).singleElement()
        .satisfies(k -> assertThat(k.sink()).contains("read_text"));
  }

  @Test
  void aSinkCallPassedToAnotherIsReportedAtTheOuterCall() {
    List<TaintAnalysis.Hit> hits = hits("""
        @app.route("/copy")
        def copy():
            name = request.args["name"]
            shutil.copy(Path(name), "/tmp/out")
            return "ok"
        """);
    assertThat(hits).extracting(TaintAnalysis.Hit::sink).containsExactly("shutil.copy");
  }

  @Test
  void anInnerSinkOnAnotherFlowStays() {
    // the constructor's result goes to the mode, which is no sink: the file name is another flow
    List<TaintAnalysis.Hit> hits = hits("""
        @app.route("/two")
        def two():
            a = request.args["a"]
            b = request.args["b"]
            open(a, mode=Path(b).suffix)
            return "ok"
        """);
    assertThat(hits).extracting(TaintAnalysis.Hit::sink).containsExactlyInAnyOrder("open", "Path");
  }

  @Test
  void sinksOfAnotherKindAreKept() {
    List<TaintAnalysis.Hit> hits = hits("""
        @app.route("/run")
        def run():
            name = request.args["name"]
            os.system("cat " + Path(name).name)
            return "ok"
        """);
    assertThat(hits).extracting(TaintAnalysis.Hit::kind).containsExactlyInAnyOrder(SinkKind.PATH, SinkKind.COMMAND);
  }
}
