package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template directories modules configure, with their paths evaluated as Python builds them. */
class TemplateDirsTest {

  @TempDir
  Path root;

  private Path pkg;

  @BeforeEach
  void layout() throws IOException {
    // root/site/{__init__,app}.py, root/site/tpl, root/site/views, root/pages, root/shared/mail
    pkg = Files.createDirectories(root.resolve("site"));
    Files.writeString(pkg.resolve("__init__.py"), "");
    for (String d : List.of("site/tpl", "site/views", "pages", "shared/mail", "site/emails")) {
      Files.createDirectories(root.resolve(d));
    }
  }

  private List<Path> dirs(String code) {
    return dirs(code, pkg.resolve("app.py"));
  }

  private List<Path> dirs(String code, Path file) {
    ParseResult parsed = PythonParser.parseText(code, file.toString());
    assertThat(parsed.error()).isEmpty();
    return TemplateDirs.of(parsed.module(), SemanticModel.of(parsed.module(), "site.app", false), file, root);
  }

  private Path at(String rel) {
    return root.resolve(rel).toAbsolutePath().normalize();
  }

  @Test
  void fileSystemLoaderPathsBuiltFromTheModulesFile() {
    assertThat(dirs("""
        import os
        from jinja2 import Environment, FileSystemLoader
        env = Environment(loader=FileSystemLoader(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tpl")))
        """)).containsExactly(at("site/tpl"));
    assertThat(dirs("""
        from pathlib import Path
        import jinja2
        HERE = Path(__file__).resolve().parent
        loader = jinja2.FileSystemLoader([HERE / "views", str(HERE.parent / "pages")])
        """)).containsExactly(at("site/views"), at("pages"));
    assertThat(dirs("""
        from pathlib import Path
        from jinja2 import FileSystemLoader
        loader = FileSystemLoader(Path(__file__).parents[1].joinpath("shared", "mail"))
        """)).containsExactly(at("shared/mail"));
  }

  @Test
  void aRelativeLoaderPathIsTriedAgainstTheModuleAndTheProjectRoot() {
    // "pages" exists only at the root (the directory above the package), "tpl" only beside the module
    assertThat(dirs("""
        from jinja2 import ChoiceLoader, FileSystemLoader
        loader = ChoiceLoader([FileSystemLoader("pages"), FileSystemLoader("tpl"), FileSystemLoader("absent")])
        """)).containsExactly(at("pages"), at("site/tpl"));
  }

  @Test
  void packageLoaderFindsThePackageAboveTheModule() {
    assertThat(dirs("""
        from jinja2 import PackageLoader
        a = PackageLoader("site", "emails")
        b = PackageLoader(__name__, package_path="tpl")
        c = PackageLoader("elsewhere")
        """)).containsExactly(at("site/emails"), at("site/tpl"));
  }

  @Test
  void flaskAndBlueprintFoldersAreRelativeToTheModuleOnly() {
    assertThat(dirs("""
        from flask import Blueprint, Flask
        app = Flask(__name__, template_folder="views")
        bp = Blueprint("bp", __name__, template_folder="pages")
        def make():
            return Blueprint("x", __name__, None, None, "tpl")
        """)).containsExactly(at("site/views"), at("site/tpl"));
    // made absolute against the working directory: the root's "pages" too
    assertThat(dirs("""
        import os
        from flask import Flask
        app = Flask(__name__, template_folder=os.path.abspath("pages"))
        """)).containsExactly(at("pages"));
    assertThat(dirs("""
        from pathlib import Path
        from flask import Flask
        app = Flask(__name__, template_folder=Path.cwd() / "pages")
        """)).containsExactly(at("pages"));
  }

  @Test
  void djangoSettingsDirsUnderBaseDir() throws IOException {
    Path settings = pkg.resolve("settings.py");
    assertThat(dirs("""
        import os
        from pathlib import Path
        BASE_DIR = Path(__file__).resolve().parent.parent
        OLD_BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        TEMPLATES = [{
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [BASE_DIR / "pages", os.path.join(OLD_BASE, "shared", "mail")],
            "APP_DIRS": True,
        }]
        """, settings)).containsExactly(at("pages"), at("shared/mail"));
  }

  @Test
  void pathsTheModuleCannotBeSeenToBuildAreLeftOut() {
    assertThat(dirs("""
        import os
        from jinja2 import FileSystemLoader
        def make(folder):
            return FileSystemLoader(os.path.join(folder, "tpl"))
        loader = FileSystemLoader(os.environ["TEMPLATE_DIR"])
        TEMPLATES = "not a list"
        """)).isEmpty();
  }

  @Test
  void startlettesAndDjangosEngineDirectories() {
    assertThat(dirs("""
        from fastapi.templating import Jinja2Templates
        from django.template import Engine
        templates = Jinja2Templates(directory="pages")
        engine = Engine(dirs=["tpl"])
        """)).containsExactly(at("pages"), at("site/tpl"));
  }

  @Test
  void configuredDirectoriesComeFirstAndAreShownBelowTheScannedCode() throws IOException {
    Files.writeString(root.resolve("pages/a.html"), "{{ x|safe }}");
    Files.createDirectories(pkg.resolve("templates"));
    Files.writeString(pkg.resolve("templates/a.html"), "{{ y|safe }}");
    Files.writeString(pkg.resolve("templates/b.html"), "{{ z|safe }}");

    TemplateIndex idx = TemplateIndex.of(List.of(at("pages")), Map.of(pkg.toAbsolutePath().normalize(), "proj/site"));

    assertThat(idx.size()).isEqualTo(2);
    assertThat(idx.unescaped("a.html", TemplateIndex.Engine.FLASK)).containsOnlyKeys("x");
    assertThat(idx.unescaped("a.html", TemplateIndex.Engine.FLASK).get("x").describe())
        .isEqualTo("proj/pages/a.html:1 prints 'x' with |safe");
    assertThat(idx.unescaped("b.html", TemplateIndex.Engine.FLASK).get("z").describe())
        .isEqualTo("proj/site/templates/b.html:1 prints 'z' with |safe");
  }

  @Test
  void aConfiguredDirectoryBelowScannedCodeIsShownRelativeToIt() throws IOException {
    Files.writeString(pkg.resolve("views/v.html"), "{{ v|safe }}");

    TemplateIndex idx = TemplateIndex.of(List.of(at("site/views")), Map.of(pkg.toAbsolutePath().normalize(), "site"));

    assertThat(idx.unescaped("v.html", TemplateIndex.Engine.FLASK).get("v").describe())
        .isEqualTo("site/views/v.html:1 prints 'v' with |safe");
  }

  @Test
  void aConfiguredDirectoryAboveTheShownCodeIsShownAbsolute() throws IOException {
    Files.writeString(root.resolve("pages/p.html"), "{{ p|safe }}");

    TemplateIndex idx = TemplateIndex.of(List.of(at("pages")), Map.of(pkg.toAbsolutePath().normalize(), ""));

    assertThat(idx.unescaped("p.html", TemplateIndex.Engine.FLASK).get("p").describe())
        .isEqualTo(at("pages").resolve("p.html") + ":1 prints 'p' with |safe");
  }

  private TemplateDirs.Found found(String code) {
    ParseResult parsed = PythonParser.parseText(code, pkg.resolve("app.py").toString());
    assertThat(parsed.error()).isEmpty();
    return TemplateDirs.find(parsed.module(), SemanticModel.of(parsed.module(), "site.app", false), pkg.resolve("app.py"),
        root, name -> java.util.Optional.empty());
  }

  @Test
  void prefixLoaderNamesItsLoadersTemplatesWithTheKeyAndDictLoaderDefinesTemplatesInCode() throws IOException {
    TemplateDirs.Found f = found("""
        from pathlib import Path
        from jinja2 import DictLoader, FileSystemLoader, PrefixLoader
        HERE = Path(__file__).parent
        views = FileSystemLoader(HERE / "views")
        PAGES = {"a.html": "{{ x|safe }}", "b.html": 3, "c.html": "plain"}
        loader = PrefixLoader({"admin": FileSystemLoader(HERE / "tpl"), "v": views, "mem": DictLoader(PAGES)}, delimiter=":")
        direct = DictLoader(mapping={"d.html": "{{ y }}"})
        """);

    assertThat(f.dirs()).containsExactly(new TemplateDirs.Dir(at("site/views"), ""),
        new TemplateDirs.Dir(at("site/tpl"), "admin:"), new TemplateDirs.Dir(at("site/views"), "v:"));
    assertThat(f.inline()).containsExactly(Map.entry("mem:a.html", "{{ x|safe }}"), Map.entry("mem:c.html", "plain"),
        Map.entry("d.html", "{{ y }}"));

    Files.writeString(root.resolve("site/tpl/audit.html"), "{{ z|safe }}");
    TemplateIndex idx = TemplateIndex.of(f.dirs(), f.inline(), Map.of(pkg.toAbsolutePath().normalize(), "site"));
    assertThat(idx.get("admin:audit.html")).isPresent();
    assertThat(idx.get("audit.html")).isEmpty();
    assertThat(idx.unescaped("mem:a.html", TemplateIndex.Engine.JINJA).get("x").describe())
        .isEqualTo("DictLoader template 'mem:a.html':1 prints 'x' with |safe");
  }

  @Test
  void aLoaderOfTheProjectsOwnDirectoryReadsNeitherPythonNorHiddenOrInstalledTrees() throws IOException {
    Files.createDirectories(root.resolve(".git/refs"));
    Files.writeString(root.resolve(".git/refs/x.html"), "{{ a|safe }}");
    Files.createDirectories(root.resolve("venv/lib"));
    Files.writeString(root.resolve("venv/lib/y.html"), "{{ a|safe }}");
    Files.writeString(root.resolve("tool.py"), "print('{{ a|safe }}')");
    Files.writeString(root.resolve("pages/z.html"), "{{ a|safe }}");

    TemplateIndex idx = TemplateIndex.of(List.of(at("")), Map.of());

    assertThat(idx.size()).isEqualTo(1);
    assertThat(idx.get("pages/z.html")).isPresent();
  }

  @Test
  void aPathWithACharacterNoFileNameHoldsIsLeftOut() {
    assertThat(dirs("""
        from jinja2 import FileSystemLoader, PackageLoader
        a = FileSystemLoader("tpl\\0")
        b = PackageLoader("site", "emails\\0")
        """)).isEmpty();
  }

  @Test
  void aPathMayBeBuiltFromANameAnotherModuleDefines() {
    Path configFile = pkg.resolve("config.py");
    ParseResult config = PythonParser.parseText("""
        from pathlib import Path
        HERE = Path(__file__).parent
        VIEWS = HERE / "views"
        TPL = str(HERE / "tpl")
        """, configFile.toString());
    TemplateDirs.Parsed parsed = new TemplateDirs.Parsed(config.module(),
        SemanticModel.of(config.module(), "site.config", false), configFile);
    String code = """
        from flask import Flask
        from jinja2 import FileSystemLoader
        from site import config
        from .config import TPL
        app = Flask(__name__, template_folder=config.VIEWS)
        loader = FileSystemLoader([TPL, config.MISSING])
        """;
    ParseResult app = PythonParser.parseText(code, "app.py");

    assertThat(TemplateDirs.of(app.module(), SemanticModel.of(app.module(), "site.app", false), pkg.resolve("app.py"),
        root, name -> name.equals("site.config") ? java.util.Optional.of(parsed) : java.util.Optional.empty()))
        .containsExactly(at("site/views"), at("site/tpl"));
    assertThat(dirs(code)).isEmpty();
  }

  @Test
  void djangosJinja2BackendReadsTheInstalledAppsJinja2Directories() throws IOException {
    Files.createDirectories(pkg.resolve("jinja2"));
    TemplateDirs.Parsed app = new TemplateDirs.Parsed(PythonParser.parseText("", "x").module(), null,
        pkg.resolve("__init__.py"));
    TemplateDirs.Modules modules = name -> name.equals("site") ? java.util.Optional.of(app) : java.util.Optional.empty();
    String settings = """
        INSTALLED_APPS = ["django.contrib.admin", "site.apps.SiteConfig"]
        TEMPLATES = [{"BACKEND": "django.template.backends.%s", "APP_DIRS": %s}]
        """;
    List<Path> jinja = configured(settings.formatted("jinja2.Jinja2", "True"), modules);
    List<Path> django = configured(settings.formatted("django.DjangoTemplates", "True"), modules);
    List<Path> off = configured(settings.formatted("jinja2.Jinja2", "False"), modules);

    assertThat(jinja).containsExactly(at("site/jinja2"));
    assertThat(django).isEmpty();
    assertThat(off).isEmpty();
  }

  private List<Path> configured(String code, TemplateDirs.Modules modules) {
    ParseResult parsed = PythonParser.parseText(code, "settings.py");
    return TemplateDirs.of(parsed.module(), SemanticModel.of(parsed.module(), "conf.settings", false),
        root.resolve("conf/settings.py"), root, modules);
  }

  @Test
  void theCommonDirectoryOfTheScannedCode() {
    assertThat(TemplateDirs.commonDirectory(List.of(at("site/tpl"), at("site/views"), at("pages"))))
        .isEqualTo(at(""));
    assertThat(TemplateDirs.commonDirectory(List.of(at("site/tpl")))).isEqualTo(at("site/tpl"));
  }
}
