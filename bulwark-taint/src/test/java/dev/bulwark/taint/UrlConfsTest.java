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

  @Test
  void drfRoutersRegisterViewsetsWhoseLookupTakesText() {
    UrlConfs confs = of("""
        from rest_framework import routers
        from rest_framework.routers import SimpleRouter
        from shop import api
        from shop.api import TagViewSet
        router = routers.DefaultRouter()
        simple = SimpleRouter()
        registry = {}
        router.register(r"items", api.ItemViewSet, basename="item")
        simple.register("tags", TagViewSet)
        registry.register("other", api.OtherViewSet)
        urlpatterns = router.urls + simple.urls
        """);
    assertThat(confs.registersClass("shop.api.ItemViewSet")).isTrue();
    assertThat(confs.registersClass("shop.api.TagViewSet")).as("SimpleRouter, imported by name").isTrue();
    assertThat(confs.registersClass("shop.api.OtherViewSet")).as("register() of no router").isFalse();
    assertThat(confs.classUrlText("shop.api.ItemViewSet", "pk")).as("the default lookup takes any text").isTrue();
    assertThat(confs.classUrlText("shop.api.ItemViewSet", "slug")).as("lookup_field may rename it").isTrue();
  }

  @Test
  void patternsAddedOrAppendedCountToo() {
    UrlConfs confs = of("""
        from django.urls import path
        from shop import views
        urlpatterns = [path("a/<slug:slug>/", views.first)]
        urlpatterns += [path("b/<int:pk>/", views.second)]
        urlpatterns.append(path("c/<code>/", views.third))
        """);
    assertThat(confs.urlText("shop.views.first", 1, "slug")).isTrue();
    assertThat(confs.registers("shop.views.second")).isTrue();
    assertThat(confs.urlText("shop.views.second", 1, "pk")).isFalse();
    assertThat(confs.urlText("shop.views.third", 1, "code")).isTrue();
  }

  @Test
  void viewClassesFromTheHierarchyTakeTextUnlessARouteSaysOtherwise() {
    UrlConfs confs = of("""
        from django.urls import path
        from shop import views
        urlpatterns = [path("item/<int:pk>/", views.ItemView.as_view())]
        """).withViewClasses(java.util.Set.of("shop.views.ItemView", "shop.views.ReportView"));
    assertThat(confs.classUrlText("shop.views.ItemView", "pk")).as("its route makes pk a number").isFalse();
    assertThat(confs.registersClass("shop.views.ReportView")).isTrue();
    assertThat(confs.classUrlText("shop.views.ReportView", "pk")).as("no route known").isTrue();
    assertThat(confs.registersClass("shop.views.Other")).isFalse();
  }
}
