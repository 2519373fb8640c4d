package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which modules can hold attacker data at all, judged from the names they spell. */
class TaintOriginsTest {

  private static final List<TaintModel> MODELS = ModelReader.builtin();

  private static boolean possible(String text, String module, ProjectSummaries project) {
    ParseResult p = PythonParser.parseText(text, module + ".py");
    return TaintOrigins.possible(p.module(), SemanticModel.of(p.module(), module, false), MODELS, project);
  }

  private static boolean possible(String text) {
    return possible(text, "app", ProjectSummaries.EMPTY);
  }

  private static FunctionSummary returningSource() {
    return new FunctionSummary(List.of("name"), Map.of(),
        new FunctionSummary.ReturnedSource("os.environ", true, Set.of()), List.of());
  }

  @Test
  void aModuleThatNamesNoSourceHoldsNoAttackerData() {
    assertThat(possible("import os\ndef run(cmd):\n    os.system(cmd)\n")).isFalse();
  }

  @Test
  void aSourceNamedInAnyWayMakesItPossible() {
    assertThat(possible("import os\nos.system(os.environ['X'])\n")).isTrue();
    assertThat(possible("from os import environ as e\nprint(e)\n")).isTrue();
    assertThat(possible("import sys\nprint(sys.argv)\n")).isTrue();
    assertThat(possible("x = input()\n")).isTrue();
  }

  @Test
  void theLastPartAloneIsNotASourceWithoutItsModule() {
    // 'environ' here is a local name, not os.environ, and no relative import could make it one
    assertThat(possible("environ = {}\nprint(environ)\n")).isFalse();
    assertThat(TaintOrigins.spelled("os.environ", Set.of("environ"), false)).isFalse();
    assertThat(TaintOrigins.spelled("os.environ", Set.of("environ"), true)).isTrue();
    assertThat(TaintOrigins.spelled("builtins.input", Set.of("input"), false)).isTrue();
  }

  @Test
  void aProjectFunctionReturningSourceDataCountsWhereItIsCalled() {
    ProjectSummaries project = new ProjectSummaries(Map.of("app.config.setting", returningSource()),
        Set.of("app.config.setting"));

    assertThat(possible("from app.config import setting\nprint(setting('x'))\n", "app.main", project)).isTrue();
    assertThat(possible("import app.config as c\nprint(c.setting('x'))\n", "app.main", project)).isTrue();
    assertThat(possible("from .config import setting\nprint(setting('x'))\n", "app.main", project)).isTrue();
    // another module's function of the same name is another function
    assertThat(possible("from other import setting\nprint(setting('x'))\n", "app.main", project)).isFalse();
    assertThat(possible("print('no calls')\n", "app.main", project)).isFalse();
  }

  @Test
  void aMethodCountsByItsOwnNameSinceItsClassMayBeUnnamed() {
    ProjectSummaries project = new ProjectSummaries(Map.of("app.config.Settings.value", returningSource()),
        Set.of());

    assertThat(possible("from app.factory import make\nprint(make().value('x'))\n", "app.main", project)).isTrue();
    assertThat(possible("from app.factory import make\nprint(make().other('x'))\n", "app.main", project)).isFalse();
  }

  @Test
  void aFunctionReadingASourceOffItsArgumentCountsWhereTheSourcesObjectIsNamed() {
    FunctionSummary reader = new FunctionSummary(List.of("m"), Map.of(), null, List.of(),
        new ObjectSummary(List.of(new ObjectSummary.Read(0, List.of("environ"))), Map.of(), Set.of(),
            ObjectSummary.Binding.PLAIN, null, List.of()));
    ProjectSummaries project = new ProjectSummaries(Map.of("app.util.env_of", reader), Set.of("app.util.env_of"));

    assertThat(possible("import os\nfrom app.util import env_of\nprint(env_of(os))\n", "app.main", project)).isTrue();
    assertThat(possible("import json\nfrom app.util import env_of\nprint(env_of(json))\n", "app.main", project))
        .isFalse();
  }

  @Test
  void aClosureReturningSourceDataCountsAsItsFactory() {
    FunctionSummary factory = new FunctionSummary(List.of(), Map.of(), null, List.of(),
        new ObjectSummary(List.of(), Map.of(), Set.of(), ObjectSummary.Binding.PLAIN, returningSource(), List.of()));
    ProjectSummaries project = new ProjectSummaries(Map.of("app.util.getter", factory), Set.of("app.util.getter"));

    assertThat(project.returning()).extracting(ProjectSummaries.Origin::name).containsExactly("app.util.getter");
    assertThat(possible("from app.util import getter\nget = getter()\nprint(get())\n", "app.main", project))
        .isTrue();
  }

  @Test
  void aViewAUrlConfigurationRegistersCountsThoughItsModuleImportsNoFramework() {
    ParseResult urls = PythonParser.parseText("""
        from django.urls import path
        from . import views
        urlpatterns = [path("item/<slug:slug>/", views.show), path("s/", views.Search.as_view())]
        """, "urls.py");
    ProjectSummaries project = ProjectSummaries.EMPTY.withUrlConfs(UrlConfs.of(List.of(
        new ProjectAnalysis.ParsedModule(urls.module(), SemanticModel.of(urls.module(), "shop.urls", false)))));
    String function = "import os\ndef show(req, slug):\n    os.system('cat ' + slug)\n";
    String cls = "class Search:\n    def get(self, request, term):\n        eval(term)\n";
    assertThat(possible(function, "shop.views", project)).isTrue();
    assertThat(possible(cls, "shop.views", project)).isTrue();
    assertThat(possible(function, "shop.other", project)).as("a module the configuration does not name").isFalse();
  }

  @Test
  void theProjectPhaseTellsFunctionsFromMethods() {
    Map<String, String> files = Map.of(
        "conf", "import os\ndef setting(n):\n    return os.environ[n]\nclass S:\n    def value(self, n):\n"
            + "        return os.environ[n]\n",
        "main", "from conf import S\ndef run():\n    s = S()\n    return s.value('x')\n");
    ProjectSummaries project = ProjectAnalysis.summarize(List.copyOf(files.keySet()), name -> name, name -> {
      ParseResult p = PythonParser.parseText(files.get(name), name + ".py");
      return new ProjectAnalysis.ParsedModule(p.module(), SemanticModel.of(p.module(), name, false));
    }, MODELS, ProjectAnalysis.DEFAULT_ROUNDS);

    // run returns what the method returns: a function of its module too
    assertThat(project.returning()).containsExactlyInAnyOrder(new ProjectSummaries.Origin("conf.setting", true),
        new ProjectSummaries.Origin("conf.S.value", false), new ProjectSummaries.Origin("main.run", true));
  }

  /**
   * Every case of the labeled suite in which the analysis finds something is judged possible, projects
   * with their summaries included; and some case without a source of its own is judged impossible.
   */
  @Test
  void everySuiteCaseWithAFindingIsPossible() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getResource("suite").toURI());
    List<Path> cases;
    try (Stream<Path> s = Files.walk(root)) {
      cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    Map<Path, TaintCases.Project> projects = new HashMap<>();
    int analysed = 0;
    for (Path file : cases) {
      Path rel = root.relativize(file);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String module = "case";
      boolean isPackage = false;
      ProjectSummaries summaries = ProjectSummaries.EMPTY;
      if (rel.getNameCount() > 2) {
        Path dir = root.resolve(rel.getName(0)).resolve(rel.getName(1));
        TaintCases.Project project = TaintCases.Project.cached(projects, dir);
        module = TaintCases.Project.moduleName(dir, file);
        isPackage = TaintCases.Project.isPackage(file);
        summaries = project.summaries();
      }
      ParseResult p = PythonParser.parseText(text, rel.toString());
      SemanticModel model = SemanticModel.of(p.module(), module, isPackage);
      if (!TaintAnalysis.analyze(p.module(), model, MODELS, summaries).isEmpty()) {
        analysed++;
        assertThat(TaintOrigins.possible(p.module(), model, MODELS, summaries)).as("%s has findings", rel).isTrue();
      }
    }
    assertThat(analysed).isGreaterThan(100);
  }
}
