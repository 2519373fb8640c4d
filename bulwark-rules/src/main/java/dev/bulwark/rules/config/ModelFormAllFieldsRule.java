package dev.bulwark.rules.config;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.CallArguments;
import java.util.List;
import java.util.Optional;

/** A Django model form, generic edit view or DRF model serializer that takes every model field. */
public final class ModelFormAllFieldsRule implements Rule {

  /** Classes whose inner {@code Meta.fields} picks the model fields a request may set. */
  private static final List<String> META_CLASSES = List.of("django.forms.ModelForm", "django.forms.models.ModelForm",
      "rest_framework.serializers.ModelSerializer", "rest_framework.serializers.HyperlinkedModelSerializer");
  /** Generic views that build a model form from their own {@code fields} attribute. */
  private static final List<String> EDIT_VIEWS = List.of("django.views.generic.CreateView",
      "django.views.generic.UpdateView", "django.views.generic.edit.CreateView",
      "django.views.generic.edit.UpdateView");
  private static final List<String> FACTORIES = List.of("django.forms.modelform_factory",
      "django.forms.models.modelform_factory", "django.forms.modelformset_factory",
      "django.forms.models.modelformset_factory", "django.forms.inlineformset_factory",
      "django.forms.models.inlineformset_factory");
  private static final List<String> ALL_FIELDS_NAMES = List.of("django.forms.models.ALL_FIELDS",
      "django.forms.ALL_FIELDS");

  private static final RuleMetadata METADATA = new RuleMetadata("BW961", "django-modelform-all-fields",
      "model form or serializer exposes every model field with fields = \"__all__\"", Severity.MEDIUM,
      Confidence.HIGH, List.of(915), List.of("DJ007"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `fields = \"__all__\"` in the `Meta` class of a Django `ModelForm` or a Django REST framework "
              + "`ModelSerializer`, in a `CreateView` or `UpdateView`, and in `modelform_factory` (and the "
              + "formset factories) called with `fields=\"__all__\"`.",
          "The form then accepts a value for every field of the model, including ones the page never shows: "
              + "`is_staff`, `owner`, `price`, `approved`. A user who adds such a field to the POST body "
              + "changes it (mass assignment). Fields added to the model later are exposed without anyone "
              + "deciding so.",
          "class ProfileForm(forms.ModelForm):\n    class Meta:\n        model = Profile\n        fields = \"__all__\"",
          "class ProfileForm(forms.ModelForm):\n    class Meta:\n        model = Profile\n"
              + "        fields = [\"display_name\", \"bio\"]",
          "List the fields the form may set explicitly in Meta.fields.",
          "Admin-only forms over models with no sensitive fields are safe, but they stay exposed to fields "
              + "added later. Subclasses of your own form base classes are not recognised. Silence one "
              + "finding with `# bulwark: ignore[BW961]`.",
          List.of("https://cwe.mitre.org/data/definitions/915.html",
              "https://docs.djangoproject.com/en/stable/topics/forms/modelforms/"
                  + "#selecting-the-fields-to-use")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(META_CLASSES, EDIT_VIEWS, FACTORIES);
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.ClassDef.class, Expr.Call.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node instanceof Expr.Call call) {
      if (context.isAnyOf(call.func(), FACTORIES)) {
        CallArguments.keyword(call, "fields").filter(v -> isAll(v, context))
            .ifPresent(v -> context.report(v, "fields=\"__all__\" lets a request set every model field"));
      }
      return;
    }
    Stmt.ClassDef cls = (Stmt.ClassDef) node;
    if (cls.bases().stream().anyMatch(b -> context.isAnyOf(b, EDIT_VIEWS))) {
      allFields(cls.body(), context)
          .ifPresent(v -> context.report(v, "generic edit view with fields = \"__all__\" lets a request set every "
              + "model field"));
    }
    if (cls.bases().stream().anyMatch(b -> context.isAnyOf(b, META_CLASSES))) {
      for (Stmt s : cls.body()) {
        if (s instanceof Stmt.ClassDef meta && meta.name().equals("Meta")) {
          allFields(meta.body(), context)
              .ifPresent(v -> context.report(v, cls.name() + ".Meta.fields = \"__all__\" lets a request set every "
                  + "model field"));
        }
      }
    }
  }

  /** The value of a {@code fields = "__all__"} assignment among a class body's statements. */
  private static Optional<Expr> allFields(List<Stmt> body, RuleContext context) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Assign a && a.targets().stream().anyMatch(t -> t instanceof Expr.Name n
          && n.id().equals("fields")) && isAll(a.value(), context)) {
        return Optional.of(a.value());
      }
      if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals("fields")
          && a.value() != null && isAll(a.value(), context)) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  private static boolean isAll(Expr value, RuleContext context) {
    return (value instanceof Expr.Constant && context.constantString(value).map("__all__"::equals).orElse(false))
        || context.isAnyOf(value, ALL_FIELDS_NAMES);
  }
}
