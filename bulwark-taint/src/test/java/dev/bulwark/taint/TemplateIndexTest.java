package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template index: files found beside the code, engines' defaults, references, and the finding's message. */
class TemplateIndexTest {

  @TempDir
  Path dir;

  private TemplateIndex index(String... nameAndText) throws IOException {
    for (int i = 0; i < nameAndText.length; i += 2) {
      Path f = dir.resolve("templates").resolve(nameAndText[i]);
      Files.createDirectories(f.getParent());
      Files.writeString(f, nameAndText[i + 1]);
    }
    return TemplateIndex.near(TemplateIndex.parents(List.of(dir.resolve("app.py")), dir));
  }

  @Test
  void flaskEscapesHtmlButNotTextAndDjangoEscapesBoth() throws IOException {
    TemplateIndex idx = index("a.html", "{{ x }}{{ y|safe }}", "a.txt", "{{ x }}");

    assertThat(idx.unescaped("a.html", TemplateIndex.Engine.FLASK)).containsOnlyKeys("y");
    assertThat(idx.unescaped("a.txt", TemplateIndex.Engine.FLASK)).containsOnlyKeys("x");
    assertThat(idx.unescaped("a.txt", TemplateIndex.Engine.DJANGO)).isEmpty();
    assertThat(idx.unescaped("missing.html", TemplateIndex.Engine.FLASK)).isEmpty();
    assertThat(idx.unescaped("a.html", TemplateIndex.Engine.FLASK).get("y").describe())
        .isEqualTo("templates/a.html:1 prints 'y' with |safe");
  }

  @Test
  void extendedAndIncludedTemplatesCountAndCyclesEnd() throws IOException {
    TemplateIndex idx = index("child.html", "{% extends 'base.html' %}",
        "base.html", "{% include 'sub/part.html' %}{% include 'child.html' %}",
        "sub/part.html", "\n{{ z|safe }}");

    assertThat(idx.unescaped("child.html", TemplateIndex.Engine.FLASK).get("z").describe())
        .isEqualTo("templates/sub/part.html:2 prints 'z' with |safe");
  }

  @Test
  void anImportedMacroPrintsItsArgumentsAsItsBodyPrintsTheParameters() throws IOException {
    TemplateIndex idx = index("forms.html", "{% macro field(label, value) %}\n{{ label }}{{ value|safe }}{% endmacro %}",
        "page.html", "{% from 'forms.html' import field %}{{ field(name, bio) }}{{ field(a, c|e) }}",
        "ns.html", "{% import 'forms.html' as f %}{{ f.field(value=sig) }}{{ f.missing(q) }}");

    assertThat(idx.unescaped("page.html", TemplateIndex.Engine.FLASK)).containsOnlyKeys("bio");
    assertThat(idx.unescaped("page.html", TemplateIndex.Engine.FLASK).get("bio").describe())
        .isEqualTo("templates/forms.html:2 prints 'bio' with |safe in macro 'field'");
    assertThat(idx.unescaped("ns.html", TemplateIndex.Engine.DJANGO)).containsOnlyKeys("sig");
  }

  @Test
  void djangoAutoescapeOffReachesAChildsBlockAndAnIncludedTemplateButJinjaDoesNot() throws IOException {
    TemplateIndex idx = index("base.html", "{% autoescape off %}{% block main %}{% endblock %}{% include 'inc.html' %}"
        + "{% endautoescape %}{% block side %}{% endblock %}{% include 'inc2.html' %}",
        "child.html", "{% extends 'base.html' %}{% block main %}{{ a }}{% endblock %}{% block side %}{{ b }}{% endblock %}",
        "grandchild.html", "{% extends 'child.html' %}{% block main %}{{ g }}{% endblock %}",
        "inc.html", "{{ i }}", "inc2.html", "{{ j }}");

    assertThat(idx.unescaped("child.html", TemplateIndex.Engine.DJANGO)).containsOnlyKeys("a", "i");
    assertThat(idx.unescaped("child.html", TemplateIndex.Engine.DJANGO).get("a").describe())
        .isEqualTo("templates/child.html:1 prints 'a' with autoescape off around block 'main' in templates/base.html");
    assertThat(idx.unescaped("child.html", TemplateIndex.Engine.DJANGO).get("i").describe())
        .isEqualTo("templates/inc.html:1 prints 'i' with autoescape off in templates/base.html");
    assertThat(idx.unescaped("grandchild.html", TemplateIndex.Engine.DJANGO)).containsKeys("g");
    assertThat(idx.unescaped("child.html", TemplateIndex.Engine.FLASK)).isEmpty();
  }

  @Test
  void noTemplatesDirectoryGivesAnEmptyIndex() {
    assertThat(TemplateIndex.near(java.util.Map.of(dir, "")).size()).isZero();
  }

  @Test
  void theFindingNamesTheTemplateAndItsLine() throws IOException {
    TemplateIndex idx = index("profile.html", "<h1>{{ name }}</h1>\n\n\n{{ bio|safe }}\n");
    String code = """
        from flask import Flask, render_template, request
        app = Flask(__name__)

        @app.route("/p")
        def p():
            return render_template("profile.html", bio=request.args["bio"], name=request.args["n"])
        """;
    ParseResult parsed = PythonParser.parseText(code, "app.py");
    List<TaintAnalysis.Hit> hits = TaintAnalysis.analyze(parsed.module(), SemanticModel.of(parsed.module(), "app", false),
        ModelReader.builtin(), ProjectSummaries.EMPTY.withTemplates(idx));

    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(SinkKind.XSS);
      assertThat(h.at().range().line()).isEqualTo(6);
      assertThat(h.sink()).isEqualTo("render_template (templates/profile.html:4 prints 'bio' with |safe)");
      assertThat(h.taint().source()).isEqualTo("request.args");
    });
  }
}
