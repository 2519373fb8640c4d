package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.taint.TemplateScanner.Escaping;
import dev.bulwark.taint.TemplateScanner.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template reader: filters, autoescape blocks, loops, references, and junk. */
class TemplateScannerTest {

  private static List<Output> outputs(String text) {
    return TemplateScanner.scan(text).outputs();
  }

  @Test
  void safeFilterIsUnescapedAndAPlainOutputFollowsTheDefault() {
    assertThat(outputs("<p>{{ name }}</p>\n<div>{{ user.bio|safe }}</div>\n{{ x | e }}")).containsExactly(
        new Output("name", 1, Escaping.DEFAULT, ""),
        new Output("user", 2, Escaping.UNESCAPED, "with |safe"),
        new Output("x", 3, Escaping.ESCAPED, ""));
  }

  @Test
  void anEscapingFilterWinsOverSafe() {
    assertThat(outputs("{{ a|escape|safe }}{{ b|tojson }}")).extracting(Output::escaping)
        .containsExactly(Escaping.ESCAPED, Escaping.ESCAPED);
  }

  @Test
  void aPipeInsideAStringArgumentIsNotAFilter() {
    assertThat(outputs("{{ a|default('x|safe') }}")).extracting(Output::escaping).containsExactly(Escaping.DEFAULT);
  }

  @Test
  void autoescapeBlocksNestAndEndAndDjangoSpellingIsRead() {
    String t = "{% autoescape false %}{{ a }}{%- autoescape true -%}{{ b }}{% endautoescape %}{{ c }}"
        + "{% endautoescape %}{{ d }}{% autoescape off %}{{ e }}{% endautoescape %}";
    assertThat(outputs(t)).extracting(Output::name, Output::escaping).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a", Escaping.UNESCAPED),
        org.assertj.core.groups.Tuple.tuple("b", Escaping.ESCAPED),
        org.assertj.core.groups.Tuple.tuple("c", Escaping.UNESCAPED),
        org.assertj.core.groups.Tuple.tuple("d", Escaping.DEFAULT),
        org.assertj.core.groups.Tuple.tuple("e", Escaping.UNESCAPED));
  }

  @Test
  void filterSafeBlockUnescapesItsOutputs() {
    assertThat(outputs("{% filter upper|safe %}{{ a }}{% endfilter %}{{ b }}")).extracting(Output::escaping)
        .containsExactly(Escaping.UNESCAPED, Escaping.DEFAULT);
  }

  @Test
  void aSetNameStandsForItsValuesVariable() {
    assertThat(outputs("{% set intro = page.summary %}\n{{ intro|safe }}{{ intro }}")).containsExactly(
        new Output("page", 2, Escaping.UNESCAPED, "with |safe"),
        new Output("page", 2, Escaping.DEFAULT, ""));
  }

  @Test
  void aNameBoundToASafeValuePrintsUnescapedAndToAnEscapedOneNothing() {
    assertThat(outputs("{% set raw = bio|safe %}{% set clean = bio|e %}{% set a, b = pair %}"
        + "{{ raw }}{{ clean|safe }}{{ b|safe }}{{ raw|e }}")).containsExactly(
        new Output("bio", 1, Escaping.UNESCAPED, "with |safe"),
        new Output("pair", 1, Escaping.UNESCAPED, "with |safe"),
        new Output("bio", 1, Escaping.ESCAPED, ""));
  }

  @Test
  void withBindsUntilEndwithInJinjaAndDjangoSpellings() {
    String t = "{% with note = post.body, n = 1 %}{{ note|safe }}{% endwith %}{{ note|safe }}"
        + "{% with tag=item.label|safe count=3 %}{{ tag }}{% endwith %}"
        + "{% with item.title as heading %}{{ heading|safe }}{% endwith %}{{ tag }}";
    assertThat(outputs(t)).containsExactly(
        new Output("post", 1, Escaping.UNESCAPED, "with |safe"),
        new Output("note", 1, Escaping.UNESCAPED, "with |safe"),
        new Output("item", 1, Escaping.UNESCAPED, "with |safe"),
        new Output("item", 1, Escaping.UNESCAPED, "with |safe"),
        new Output("tag", 1, Escaping.DEFAULT, ""));
  }

  @Test
  void aComparisonIsNotABindingAndAnAttributeSetBindsNothing() {
    assertThat(outputs("{% set ns.total = price %}{% with a == b %}{{ ns|safe }}{% endwith %}{{ a|safe }}"))
        .extracting(Output::name).containsExactly("ns", "a");
  }

  @Test
  void aMacroCallPrintsItsArgumentsAsTheBodyPrintsItsParameters() {
    String t = "{% macro field(value, label='') %}\n<p>{{ label }}: {{ value|safe }} {{ site }}</p>\n{% endmacro %}"
        + "{{ field(comment.body, label=title) }}{{ field(label=heading|safe, value=summary|e) }}{{ other(x) }}";
    assertThat(outputs(t)).containsExactly(
        new Output("site", 2, Escaping.DEFAULT, ""),
        new Output("title", 2, Escaping.DEFAULT, ""),
        new Output("comment", 2, Escaping.UNESCAPED, "with |safe in macro 'field'"),
        new Output("heading", 2, Escaping.UNESCAPED, "with |safe"),
        new Output("other", 3, Escaping.DEFAULT, ""));
  }

  @Test
  void aLoopVariableStandsForItsIterable() {
    assertThat(outputs("{% for k, v in data.items() %}\n{{ v|safe }}{% endfor %}")).singleElement()
        .satisfies(o -> assertThat(o.name()).isEqualTo("data"))
        .satisfies(o -> assertThat(o.line()).isEqualTo(2));
  }

  @Test
  void commentsRawAndVerbatimPrintNothing() {
    assertThat(outputs("{# {{ a|safe }} #}{% raw %}{{ b|safe }}{% endraw %}"
        + "{% verbatim %}{{ c|safe }}{% endverbatim %}{% comment %}{{ d|safe }}{% endcomment %}\n{{ e }}"))
        .singleElement().satisfies(o -> {
          assertThat(o.name()).isEqualTo("e");
          assertThat(o.line()).isEqualTo(2);
        });
  }

  @Test
  void extendsIncludeAndImportAreReferences() {
    assertThat(TemplateScanner.scan("{% extends 'base.html' %}{% include \"nav.html\" %}{% include name %}"
        + "{% import 'macros.html' as m %}").references()).containsExactly("base.html", "nav.html", "macros.html");
  }

  @Test
  void junkIsSkippedWithoutAnError() {
    assertThat(outputs("{{ }}{{ 'literal'|safe }}{{ 3 }}{% endautoescape %}{% endfilter %}{% %}{ {x} }{{ ok|safe }}"))
        .extracting(Output::name).containsExactly("ok");
    assertThat(outputs("{{ a|safe }}{{ unclosed|safe ")).extracting(Output::name).containsExactly("a");
    assertThat(outputs("{% raw %}{{ a|safe }}")).isEmpty();
    assertThat(outputs("{% autoescape false %}{{ a }}")).extracting(Output::escaping)
        .containsExactly(Escaping.UNESCAPED);
    assertThat(outputs("{")).isEmpty();
    assertThat(outputs("\u0000\uFFFD{{\n\n x|safe\n}}")).singleElement()
        .satisfies(o -> assertThat(o.line()).isEqualTo(1));
  }

  @Test
  void aSetInsideABlockOrLoopEndsWithIt() {
    String t = "{% block body %}{% set x = bio|safe %}{{ x }}{% endblock %}{{ x }}"
        + "{% for r in rows %}{% set y = r|safe %}{% endfor %}{{ y }}{% set z = bio|safe %}{{ z }}";
    assertThat(outputs(t)).extracting(Output::name, Output::escaping).containsExactly(
        org.assertj.core.groups.Tuple.tuple("bio", Escaping.UNESCAPED),
        org.assertj.core.groups.Tuple.tuple("x", Escaping.DEFAULT),
        org.assertj.core.groups.Tuple.tuple("y", Escaping.DEFAULT),
        org.assertj.core.groups.Tuple.tuple("bio", Escaping.UNESCAPED));
  }

  @Test
  void aStrayEndTagClosesNoOtherScope() {
    assertThat(outputs("{% with a = b|safe %}{% endblock %}{{ a }}{% endwith %}{{ a }}"))
        .extracting(Output::name, Output::escaping).containsExactly(
            org.assertj.core.groups.Tuple.tuple("b", Escaping.UNESCAPED),
            org.assertj.core.groups.Tuple.tuple("a", Escaping.DEFAULT));
  }

  @Test
  void callsOfImportedMacrosAreKeptWithTheirArguments() {
    TemplateScanner.Syntax s = TemplateScanner.scan("{% from 'f.html' import field as fld, other with context %}"
        + "{% import \"g.html\" as forms %}{{ fld(bio, hint=tip|e) }}{{ forms.row(value=x|safe) }}{{ other }}"
        + "{% call forms.panel(title) %}{{ body }}{% endcall %}{% call unknown(z) %}{% endcall %}");
    assertThat(s.importedCalls()).containsExactly(
        new TemplateMacros.ImportedCall("f.html", "field", List.of(
            new TemplateMacros.Argument(null, "bio", false, false),
            new TemplateMacros.Argument("hint", "tip", true, false))),
        new TemplateMacros.ImportedCall("g.html", "row", List.of(new TemplateMacros.Argument("value", "x", false, true))),
        new TemplateMacros.ImportedCall("g.html", "panel", List.of(new TemplateMacros.Argument(null, "title", false, false))));
    assertThat(s.outputs()).extracting(Output::name).containsExactly("other", "body");
    assertThat(s.references()).containsExactly("f.html", "g.html");
  }

  @Test
  void aTemplateExportsItsMacrosAndRecordsBlocksInsideAutoescapeOff() {
    TemplateScanner.Syntax s = TemplateScanner.scan("{% extends 'base.html' %}{% macro m(v) %}{{ v|safe }}{% endmacro %}"
        + "{% autoescape off %}{% block main %}{{ a }}{% endblock %}{% include 'inc.html' %}{% endautoescape %}"
        + "{% block side %}{{ b }}{{ c|safe }}{% endblock %}{% include 'other.html' %}");
    assertThat(s.parent()).isEqualTo("base.html");
    assertThat(s.macros()).containsOnlyKeys("m");
    assertThat(s.unescapedBlocks()).containsExactly("main");
    assertThat(s.unescapedIncludes()).containsExactly("inc.html");
    assertThat(s.blockOutputs().get("side")).extracting(Output::name).containsExactly("b");
  }

  @Test
  void aCallTagWithCallerParametersReachesALocalMacroAndJunkCallsAreSkipped() {
    String t = "{% macro grid(items) %}{{ items|safe }}{% endmacro %}"
        + "{% call(row) grid(rows) %}<td>{% endcall %}{% call(unclosed %}{% call %}{% call() %}";
    assertThat(outputs(t)).extracting(Output::name, Output::escaping).containsExactly(
        org.assertj.core.groups.Tuple.tuple("rows", Escaping.UNESCAPED));
  }
}
