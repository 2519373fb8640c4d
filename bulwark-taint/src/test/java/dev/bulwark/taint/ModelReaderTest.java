package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelReaderTest {

  @Test
  void everyShippedModelLoads() {
    List<TaintModel> models = ModelReader.builtin();
    assertThat(models).extracting(TaintModel::file)
        .contains("models/stdlib.model", "models/flask.model", "models/django.model");
    for (TaintModel m : models) {
      assertThat(m.sources().size() + m.sinks().size() + m.sanitizers().size() + m.paramSources().size())
          .as("%s declares something", m.file()).isPositive();
    }
  }

  @Test
  void readsEveryDirective() {
    TaintModel m = ModelReader.read("t.model", """
        # a comment
        requires flask
        source flask.request.args   # trailing comment
        source builtins.input() local
        param-source request GET POST
        route-decorator route
        sink command subprocess.run 0|args if shell
        sink sql .extra *
        sink trust flask.session[]
        sanitizer command,path shlex.quote
        sanitizer * builtins.int
        guard redirect django.utils.http.is_safe_url
        propagator .format
        """);
    assertThat(m.requires()).containsExactly("flask");
    assertThat(m.sources()).containsExactly(new TaintModel.Source("flask.request.args", false, false),
        new TaintModel.Source("builtins.input", true, true));
    assertThat(m.paramSources()).hasSize(2);
    assertThat(m.routeDecorators()).containsExactly("route");
    TaintModel.Sink run = m.sinks().get(0);
    assertThat(run.kind()).isEqualTo(SinkKind.COMMAND);
    assertThat(run.arguments()).containsExactly(new TaintModel.Argument(0, "args", false));
    assertThat(run.whenKeyword()).isEqualTo("shell");
    assertThat(m.sinks().get(1).arguments().get(0).any()).isTrue();
    assertThat(m.sinks().get(2).name()).isEqualTo("flask.session[]");
    assertThat(m.sinks().get(2).arguments()).isEmpty();
    assertThat(m.sanitizers().get(0).protects()).containsExactlyInAnyOrder(SinkKind.COMMAND, SinkKind.PATH);
    assertThat(m.sanitizers().get(1).protects()).hasSize(SinkKind.values().length);
    assertThat(m.guards()).containsExactly(
        new TaintModel.Sanitizer(java.util.Set.of(SinkKind.REDIRECT), "django.utils.http.is_safe_url"));
    assertThat(m.propagators()).containsExactly(".format");
  }

  @Test
  void readsKeywordOnlyArgumentsAndTheDistinguishedNameKind() {
    TaintModel m = ModelReader.read("t.model", """
        sink ldap_dn .search search_base
        sanitizer ldap_dn ldap.dn.escape_dn_chars
        """);
    assertThat(m.sinks()).containsExactly(new TaintModel.Sink(SinkKind.LDAP_DN, ".search",
        List.of(new TaintModel.Argument(-1, "search_base", false)), null));
    assertThat(m.sanitizers().get(0).protects()).containsExactly(SinkKind.LDAP_DN);
  }

  @Test
  void filterAndNameEscapersOfTheShippedModelProtectOnlyTheirOwnKind() {
    java.util.Map<String, java.util.Set<SinkKind>> protects = new java.util.HashMap<>();
    for (TaintModel m : ModelReader.builtin()) {
      m.sanitizers().forEach(s -> protects.merge(s.name(), s.protects(), (a, b) -> {
        java.util.Set<SinkKind> both = java.util.EnumSet.copyOf(a);
        both.addAll(b);
        return both;
      }));
    }
    assertThat(protects.get("ldap.filter.escape_filter_chars")).containsExactly(SinkKind.LDAP);
    assertThat(protects.get("ldap3.utils.conv.escape_filter_chars")).containsExactly(SinkKind.LDAP);
    assertThat(protects.get("ldap.dn.escape_dn_chars")).containsExactly(SinkKind.LDAP_DN);
    assertThat(protects.get("ldap3.utils.dn.escape_rdn")).containsExactly(SinkKind.LDAP_DN);
  }

  @Test
  void readsRouteDecoratorsWhoseHandlersReturnHtml() {
    TaintModel m = ModelReader.read("t.model", "route-decorator route html\nroute-decorator get\n");
    assertThat(m.routeDecorators()).containsExactly("route", "get");
    assertThat(m.htmlRouteDecorators()).containsExactly("route");
    assertThatThrownBy(() -> ModelReader.read("bad.model", "route-decorator route json\n"))
        .hasMessageContaining("bad.model:1: expected 'route-decorator ATTR [html]'");
  }

  @Test
  void readsRoutePathSources() {
    TaintModel m = ModelReader.read("t.model", "source flask.request.path route-path\nsource flask.request.url\n");
    assertThat(m.sources()).containsExactly(new TaintModel.Source("flask.request.path", false, false, true),
        new TaintModel.Source("flask.request.url", false, false, false));
    assertThatThrownBy(() -> ModelReader.read("bad.model", "source flask.request.path fixed\n"))
        .hasMessageContaining("bad.model:1: expected 'source NAME [local|route-path]'");
  }

  @Test
  void caretNamesTheReceiver() {
    TaintModel m = ModelReader.read("t.model", "sink format .format ^\n");
    assertThat(m.sinks().get(0).arguments()).containsExactly(new TaintModel.Argument(-1, null, false, true));
  }

  @Test
  void readsUnsafeObjectsAndTheirSinks() {
    TaintModel m = ModelReader.read("t.model", """
        unsafe-object lxml.etree.XMLParser resolve_entities=True
        unsafe-object .setFeature xml.sax.handler.feature_external_ges http://example.org/ges
        sink xxe lxml.etree.fromstring 0|text if-unsafe 1|parser
        sink xxe .parse 0 if-unsafe ^
        """);
    assertThat(m.unsafeObjects()).containsExactly(
        new TaintModel.UnsafeObject("lxml.etree.XMLParser", "resolve_entities", true),
        new TaintModel.UnsafeObject(".setFeature", "xml.sax.handler.feature_external_ges", true),
        new TaintModel.UnsafeObject(".setFeature", "http://example.org/ges", true));
    assertThat(m.sinks().get(0).whenUnsafe()).isEqualTo(new TaintModel.Argument(1, "parser", false));
    assertThat(m.sinks().get(0).whenKeyword()).isNull();
    assertThat(m.sinks().get(1).whenUnsafe().receiver()).isTrue();
    assertThatThrownBy(() -> ModelReader.read("bad.model", "unsafe-object lxml.etree.XMLParser resolve_entities\n"))
        .hasMessageContaining("bad.model:1: expected 'unsafe-object NAME KEYWORD=True|False'");
    assertThatThrownBy(() -> ModelReader.read("bad.model", "sink xxe a.b 0 unless-unsafe 1\n"))
        .hasMessageContaining("'if-unsafe ARG'");
  }

  @Test
  void errorsNameTheFileAndLine() {
    assertThatThrownBy(() -> ModelReader.read("bad.model", "source a.b\nsorce x.y\n"))
        .isInstanceOf(ModelException.class).hasMessageStartingWith("bad.model:2: unknown directive 'sorce'");
    assertThatThrownBy(() -> ModelReader.read("bad.model", "sink shell os.system 0\n"))
        .hasMessageContaining("bad.model:1: unknown sink kind 'shell'");
    assertThatThrownBy(() -> ModelReader.read("bad.model", "sink command os.system zero!\n"))
        .hasMessageContaining("bad.model:1: bad argument 'zero!'");
    assertThatThrownBy(() -> ModelReader.read("bad.model", "sink command os.system 0 when shell\n"))
        .hasMessageContaining("expected 'if KEYWORD'");
    assertThatThrownBy(() -> ModelReader.read("bad.model", "source os.environ[\n"))
        .hasMessageContaining("bad name");
  }

  @Test
  void readsUnlessSafeNames() {
    TaintModel m = ModelReader.read("t.model",
        "sink deserialization yaml.load 0|stream unless 1|Loader yaml.SafeLoader yaml.CSafeLoader\n");
    TaintModel.Sink sink = m.sinks().get(0);
    assertThat(sink.unless().argument()).isEqualTo(new TaintModel.Argument(1, "Loader", false));
    assertThat(sink.unless().safeNames()).containsExactly("yaml.SafeLoader", "yaml.CSafeLoader");
    assertThat(sink.arguments()).containsExactly(new TaintModel.Argument(0, "stream", false));
    assertThatThrownBy(() -> ModelReader.read("bad.model", "\n# c\nsink deserialization yaml.load 0 unless 1|Loader\n"))
        .hasMessageStartingWith("bad.model:3: expected 'unless ARG SAFE...'");
    assertThatThrownBy(() -> ModelReader.read("bad.model", "sink deserialization yaml.load 0 unless Loader yaml.Safe-Loader\n"))
        .hasMessageStartingWith("bad.model:1: bad name 'yaml.Safe-Loader'");
  }

  @Test
  void readsAUserFileAndNamesItInErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("acme.model");
    java.nio.file.Files.writeString(file, "requires acme\nsink sql acme.db.run_query 0|query\n");
    TaintModel m = ModelReader.read(file, "models/acme.model");
    assertThat(m.file()).isEqualTo("models/acme.model");
    assertThat(m.requires()).containsExactly("acme");
    assertThat(m.sinks()).extracting(TaintModel.Sink::name).containsExactly("acme.db.run_query");

    java.nio.file.Files.writeString(file, "source acme.web.current_request.form\n\nsink sql acme.db.run_query\n");
    assertThatThrownBy(() -> ModelReader.read(file, "models/acme.model")).isInstanceOf(ModelException.class)
        .hasMessageStartingWith("models/acme.model:3: expected 'sink KIND NAME ARG");
    assertThatThrownBy(() -> ModelReader.read(dir.resolve("missing.model"), "missing.model"))
        .isInstanceOf(ModelException.class).hasMessage("missing.model: no such model file");
  }
}
