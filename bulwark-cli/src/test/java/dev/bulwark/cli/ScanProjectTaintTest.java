package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taint rules follow calls from one scanned module into another. */
class ScanProjectTaintTest {

  @TempDir Path root;

  @Test
  void aSinkInAnImportedHelperIsReportedAtTheCallOfTheView() throws IOException {
    write("app/__init__.py", "");
    write("app/db.py", """
        import sqlite3


        def run_query(sql):
            return sqlite3.connect("x.db").execute(sql).fetchall()


        def label(value):
            return "all"
        """);
    write("app/views.py", """
        from flask import Flask, request

        from app.db import label, run_query

        web = Flask(__name__)


        @web.route("/search")
        def search():
            name = request.args["name"]
            run_query("SELECT * FROM t WHERE n = '" + name + "'")
            run_query("SELECT * FROM t WHERE c = '" + label(name) + "'")
            return "ok"
        """);

    Cli.Result r = Cli.scan("--no-config", "--select", "BW802", root);

    assertThat(r.out()).contains(Path.of("app", "views.py") + ":11:5: BW802 [high] request.args flows to "
        + "sqlite3.connect(...).execute (in app.db line 5)");
    assertThat(r.out().lines().filter(l -> l.contains("BW802"))).hasSize(1);
  }

  @Test
  void aFileThatDoesNotParseIsLeftOutOfTheSummariesAndReportedOnce() throws IOException {
    write("helper.py", "def run(cmd):\n    import os\n    os.system(cmd)\n");
    write("broken.py", "def (:\n");
    write("view.py", "from flask import request\nfrom helper import run\nrun(request.args['c'])\n");

    Cli.Result r = Cli.scan("--no-config", "--select", "BW801", root);

    assertThat(r.out()).contains("view.py:3:1: BW801");
    assertThat(r.out().lines().filter(l -> l.contains("SyntaxError"))).hasSize(1);
  }

  @Test
  void attackerDataPrintedWithSafeByATemplateIsReportedAtTheRenderCall() throws IOException {
    write("site/app.py", """
        from flask import Flask, render_template, request

        app = Flask(__name__)


        @app.route("/profile")
        def profile():
            bio = request.args["bio"]
            render_template("profile.html", name=bio)
            return render_template("profile.html", bio=bio)
        """);
    write("site/templates/profile.html", "<h1>{{ name }}</h1>\n{{ bio|safe }}\n");
    write("site/templates/broken.html", "{% autoescape false %}{{ x\n\u0000");

    Cli.Result r = Cli.scan("--no-config", "--preview", "--select", "BW806", root);

    // the template is shown as the scanned files are (here under the absolute root given)
    assertThat(r.out()).contains(Path.of("site", "app.py") + ":10:12: BW806 [high] request.args flows to "
        + "render_template (" + root.resolve(Path.of("site", "templates", "profile.html")) + ":2 prints 'bio' with |safe)");
    assertThat(r.out().lines().filter(l -> l.contains("BW806"))).hasSize(1);
  }

  @Test
  void templatesInTheDirectoriesDjangoSettingsNameAreReadWithABaseDirFromAnotherModule() throws IOException {
    write("mysite/__init__.py", "");
    write("mysite/paths.py", """
        from pathlib import Path

        BASE_DIR = Path(__file__).resolve().parent.parent
        """);
    write("mysite/settings.py", """
        from mysite.paths import BASE_DIR

        TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [BASE_DIR / "pages"]}]
        """);
    write("mysite/broken.py", "TEMPLATES = [(\n");
    write("shop/__init__.py", "");
    write("shop/views.py", """
        from django.shortcuts import render


        def offer(request):
            return render(request, "offer.html", {"blurb": request.GET["b"]})
        """);
    write("pages/offer.html", "<p>{{ blurb|safe }}</p>\n");

    Cli.Result r = Cli.scan("--no-config", "--select", "BW806", root);

    assertThat(r.out()).contains(Path.of("shop", "views.py") + ":5:12: BW806 [high] request.GET flows to render ("
        + root.resolve(Path.of("pages", "offer.html")) + ":1 prints 'blurb' with |safe)");
    assertThat(r.out().lines().filter(l -> l.contains("BW806"))).hasSize(1);
    assertThat(r.out().lines().filter(l -> l.contains("SyntaxError"))).hasSize(1);
  }

  @Test
  void djangoRoutesOfRootUrlConfAndIncludesAndViewsThroughAnotherModulesBase() throws IOException {
    write("site/__init__.py", "");
    write("site/settings.py", "ROOT_URLCONF = \"site.routes\"\n");
    write("site/routes.py", """
        from django.urls import include, path

        urlpatterns = [path("shop/", include("shop.paths"))]
        """);
    write("shop/__init__.py", "");
    write("shop/paths.py", """
        from django.urls import path

        from shop import views

        urlpatterns = [path("find/<term>/", views.find), path("n/<int:n>/", views.count)]
        """);
    write("shop/views.py", """
        from django.db import connection


        def find(req, term):
            connection.cursor().execute("SELECT * FROM t WHERE n = '" + term + "'")


        def count(req, n):
            connection.cursor().execute("SELECT * FROM t LIMIT " + str(n))
        """);
    write("core/__init__.py", "");
    write("core/base.py", "from django.views import View\n\n\nclass PageView(View):\n    pass\n");
    write("pages/__init__.py", "");
    write("pages/views.py", """
        from django.db import connection

        from core.base import PageView


        class Article(PageView):
            def get(self, request):
                connection.cursor().execute("SELECT * FROM a WHERE s = '" + self.kwargs["slug"] + "'")
        """);
    write("pages/broken.py", "class (:\n");

    Cli.Result r = Cli.scan("--no-config", "--select", "BW802", root);

    assertThat(r.out()).contains(Path.of("shop", "views.py") + ":5:5: BW802");
    assertThat(r.out()).contains(Path.of("pages", "views.py") + ":8:9: BW802");
    assertThat(r.out().lines().filter(l -> l.contains("BW802"))).hasSize(2);
  }

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
