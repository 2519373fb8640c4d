package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts what is passed to {@code mark_safe} or {@code Markup} into the three cases the XSS rules
 * treat differently: a constant (safe by construction), a string formatted from values (the
 * classic injection shape, unless every value was escaped), and anything else (content unknown).
 */
final class MarkupInput {
  private MarkupInput() {}

  enum Kind { SAFE, FORMATTED, OPAQUE }

  /** Functions whose result is escaped HTML, so marking it safe is what they are for. */
  private static final List<String> ESCAPERS = List.of("django.utils.html.escape",
      "django.utils.html.conditional_escape", "django.utils.html.format_html", "django.utils.html.format_html_join",
      "django.utils.html.json_script", "django.template.loader.render_to_string", "django.shortcuts.render_to_string",
      "html.escape", "markupsafe.escape", "flask.escape", "jinja2.escape", "bleach.clean", "nh3.clean");

  static Kind classify(Expr arg, RuleContext context) {
    if (context.constant(arg).isPresent() || isEscaped(arg, context)) {
      return Kind.SAFE;
    }
    Expr shape = arg;
    if (arg instanceof Expr.Name n) {
      // html = f"<b>{name}</b>"; mark_safe(html): look through a name bound once
      Expr bound = SingleAssignment.valueOf(n, context);
      if (bound != null) {
        shape = bound;
      }
    }
    List<Expr> parts = formattedParts(shape, context);
    if (parts == null) {
      return Kind.OPAQUE;
    }
    for (Expr p : parts) {
      if (context.constant(p).isEmpty() && !isEscaped(p, context)) {
        return Kind.FORMATTED;
      }
    }
    return Kind.SAFE;
  }

  private static boolean isEscaped(Expr e, RuleContext context) {
    return e instanceof Expr.Call c && context.isAnyOf(c.func(), ESCAPERS);
  }

  /**
   * The values interpolated into a string-building expression (f-string, {@code %}, {@code +} with
   * a literal, {@code .format}, {@code .join}), or null when {@code e} builds no string that way.
   */
  private static List<Expr> formattedParts(Expr e, RuleContext context) {
    List<Expr> parts = new ArrayList<>();
    if (e instanceof Expr.JoinedStr j) {
      for (Expr v : j.values()) {
        if (v instanceof Expr.FormattedValue f) {
          parts.add(f.value());
        }
      }
      return parts;
    }
    if (e instanceof Expr.BinOp b && (b.op() == Operator.Mod || b.op() == Operator.Add)) {
      boolean literalSide = isStringLiteral(b.left(), context) || isStringLiteral(b.right(), context)
          || formattedParts(b.left(), context) != null || formattedParts(b.right(), context) != null;
      if (!literalSide) {
        return null;
      }
      for (Expr side : List.of(b.left(), b.right())) {
        List<Expr> inner = formattedParts(side, context);
        if (inner != null) {
          parts.addAll(inner);
        } else if (side instanceof Expr.Tuple t && b.op() == Operator.Mod) {
          parts.addAll(t.elts());
        } else if (side instanceof Expr.Dict d && b.op() == Operator.Mod) {
          parts.addAll(d.values());
        } else {
          parts.add(side);
        }
      }
      return parts;
    }
    if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
        && (a.attr().equals("format") || a.attr().equals("join") || a.attr().equals("format_map"))
        && isStringLiteral(a.value(), context)) {
      parts.addAll(c.args());
      for (Keyword k : c.keywords()) {
        parts.add(k.value());
      }
      return parts;
    }
    return null;
  }

  private static boolean isStringLiteral(Expr e, RuleContext context) {
    return context.constant(e).map(v -> v instanceof PyConstant.PyStr).orElse(false);
  }
}
