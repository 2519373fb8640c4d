package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DjangoRoutingTest {

  /** The modules handed to DjangoRouting, and the names of those it parsed. */
  private final List<DjangoRouting.Source> sources = new ArrayList<>();
  private final List<String> parsed = new ArrayList<>();

  private void module(String name, String fileName, String text) {
    sources.add(new DjangoRouting.Source(name, fileName, () -> text, () -> {
      parsed.add(name);
      ParseResult p = PythonParser.parseText(text, fileName);
      return new ProjectAnalysis.ParsedModule(p.module(), SemanticModel.of(p.module(), name, false));
    }));
  }

  @Test
  void viewClassesThroughProjectClassesOfOtherModules() {
    module("core.views", "views.py", """
        from django.views import generic
        class BaseView(generic.View):
            pass
        class Helper:
            pass
        """);
    module("core.mid", "mid.py", """
        from core.views import BaseView
        class MidView(BaseView):
            pass
        """);
    module("shop.views", "views.py", """
        from core.mid import MidView
        from core.views import Helper
        class ItemView(MidView):
            pass
        class Report(Helper):
            pass
        """);
    module("shop.util", "util.py", """
        def slugify(s):
            return s
        """);
    UrlConfs confs = DjangoRouting.of(sources);
    assertThat(confs.registersClass("core.views.BaseView")).isTrue();
    assertThat(confs.registersClass("shop.views.ItemView")).as("two modules away").isTrue();
    assertThat(confs.classUrlText("shop.views.ItemView", "pk")).isTrue();
    assertThat(confs.registersClass("core.views.Helper")).isFalse();
    assertThat(confs.registersClass("shop.views.Report")).as("derives from a plain class").isFalse();
    assertThat(parsed).as("a module spelling no view class is not read").doesNotContain("shop.util");
  }

  @Test
  void urlModulesNamedBySettingsAndIncludes() {
    module("mysite.settings", "settings.py", """
        ROOT_URLCONF = "mysite.routes"
        """);
    module("mysite.routes", "routes.py", """
        from django.urls import include, path
        urlpatterns = [path("shop/", include("shop.routing")), path("blog/", include(("blog.paths", "blog")))]
        """);
    module("shop.routing", "routing.py", """
        from django.urls import path
        from shop import views
        urlpatterns = [path("<slug>/", views.show)]
        """);
    module("blog.paths", "paths.py", """
        from django.urls import path
        from blog import views
        urlpatterns = [path("<int:pk>/", views.post)]
        """);
    module("other.routes", "routes.py", """
        from django.urls import path
        from other import views
        urlpatterns = [path("<slug>/", views.unused)]
        """);
    UrlConfs confs = DjangoRouting.of(sources);
    assertThat(confs.urlText("shop.views.show", 1, "slug")).isTrue();
    assertThat(confs.registers("blog.views.post")).as("include() of an (module, app_name) tuple").isTrue();
    assertThat(confs.registers("other.views.unused")).as("named by no setting and no include()").isFalse();
  }
}
