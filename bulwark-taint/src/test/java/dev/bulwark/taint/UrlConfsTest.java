package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlConfsTest {

  private static UrlConfs of(String source) {
    ParseResult parsed = PythonParser.parseText(source, "urls.py");
    return UrlConfs.of(List.of(new ProjectAnalysis.ParsedModule(parsed.module(),
        SemanticModel.of(parsed.module(), "shop.urls", false))));
  }

  @Test
  void pathConvertersGiveTextUnlessNumeric() {
    UrlConfs confs = of("""
        from django.urls import path
        from . import views
        urlpatterns = [path("p/<slug:slug>/<int:pk>/<name>/", views.show)]
        """);
    assertThat(confs.registers("shop.views.show")).isTrue();
    assertThat(confs.urlText("shop.views.show", 1, "slug")).isTrue();
    assertThat(confs.urlText("shop.views.show", 2, "pk")).isFalse();
    assertThat(confs.urlText("shop.views.show", 3, "name")).isTrue();
    assertThat(confs.urlText("shop.views.show", 0, "slug")).as("the request comes first").isFalse();
    assertThat(confs.urlText("shop.views.show", 4, "extra")).isFalse();
  }

  @Test
  void regexGroupsByNameOrPosition() {
    UrlConfs confs = of("""
        from django.urls import re_path
        from shop.views import archive, legacy
        urlpatterns = [
            re_path(r"^a/(?P<year>[0-9]{4})/(?P<month>\\d+)/(?P<tag>[\\w-]+)/$", archive),
            re_path(r"^l/(\\w+)/(\\d+)/$", legacy),
        ]
        """);
    assertThat(confs.urlText("shop.views.archive", 1, "year")).isFalse();
    assertThat(confs.urlText("shop.views.archive", 2, "month")).isFalse();
    assertThat(confs.urlText("shop.views.archive", 3, "tag")).isTrue();
    assertThat(confs.urlText("shop.views.legacy", 1, "code")).isTrue();
    assertThat(confs.urlText("shop.views.legacy", 2, "page")).isTrue();
    assertThat(confs.urlText("shop.views.legacy", 3, "more")).isFalse();
  }

  @Test
  void onlyDjangoRoutesNamingAViewOrItsClass() {
    UrlConfs confs = of("""
        from django.urls import path
        from shop import views
        def path2(route, view):
            return route
        urlpatterns = [
            path("list/", views.ItemList.as_view()),
            path2("x/<slug>/", views.other),
            path(views.ROUTE, views.computed),
        ]
        """);
    assertThat(confs.registers("shop.views.other")).isFalse();
    assertThat(confs.registers("shop.views.computed")).isFalse();
    assertThat(confs.registersClass("shop.views.ItemList")).as("a class view, by as_view()").isTrue();
    assertThat(confs.classUrlText("shop.views.ItemList", "pk")).as("its route has no parameter").isFalse();
    assertThat(confs.size()).isEqualTo(1);
  }
}
