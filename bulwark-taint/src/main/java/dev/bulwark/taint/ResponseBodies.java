package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.Locale;
import java.util.Set;

/**
 * Which part of a response is its HTML body, and whether a response says it is not HTML at all.
 *
 * <p>A Flask view's return value becomes the response: a string is sent as {@code text/html}, a
 * dict or a list as JSON, and a tuple is {@code (body, status)}, {@code (body, headers)} or
 * {@code (body, status, headers)}. {@code make_response} takes the same tuple as its one argument.
 * Only the body can carry script; the headers are written by Werkzeug, which refuses line breaks in
 * header values, so they are neither XSS nor a split response.
 *
 * <p>A response whose constant media type ({@code mimetype=}, {@code content_type=} or a
 * {@code Content-Type} header of a dict literal) is not one a browser renders with scripts
 * ({@code application/json}, {@code text/plain}, {@code text/csv}) is not XSS.
 */
final class ResponseBodies {
  private ResponseBodies() {}

  /** A media type such as {@code text/plain; charset=utf-8} (a status such as {@code "200 OK"} is not). */
  private static final java.util.regex.Pattern MEDIA_TYPE =
      java.util.regex.Pattern.compile("[\\w.+-]+/[\\w.+-]+\\s*(;.*)?");

  /** Media types a browser renders as a document that can run scripts. */
  private static final Set<String> RENDERED = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
      "text/xml", "application/xml", "text/xsl", "application/xslt+xml", "application/rss+xml",
      "application/atom+xml", "application/mathml+xml", "text/xhtml");

  /**
   * The expression that becomes the HTML body when a view returns {@code returned}; null when the
   * return is JSON (a dict or list, literal or bound once to a name) or declares a media type that is
   * not rendered.
   */
  static Expr htmlBody(Expr returned, SemanticModel model, Scope scope) {
    Expr value = returned;
    if (value instanceof Expr.Name n) {
      SemanticModel.BoundValue bound = model.boundValue(n.id(), scope).orElse(null);
      if (bound != null && bound.value() instanceof Expr.Tuple) {
        value = bound.value();
      }
    }
    if (json(value, model, scope)) {
      return null;
    }
    if (value instanceof Expr.Tuple t) {
      return tupleBody(t, model, scope);
    }
    return returned;
  }

  /**
   * The body of a Flask response tuple: its first element, or null when a headers element declares a
   * media type that is not rendered (or the tuple is empty).
   */
  static Expr tupleBody(Expr.Tuple t, SemanticModel model, Scope scope) {
    if (t.elts().isEmpty() || t.elts().stream().anyMatch(e -> e instanceof Expr.Starred)) {
      return t.elts().isEmpty() ? null : t;
    }
    for (int i = 1; i < t.elts().size(); i++) {
      if (t.elts().get(i) instanceof Expr.Dict headers && notRendered(headerType(headers, model, scope))) {
        return null;
      }
    }
    return json(t.elts().get(0), model, scope) ? null : t.elts().get(0);
  }

  /**
   * Whether a tuple is a response tuple rather than a body made of parts: an element after the first
   * is a status code (a constant number) or headers (a dict literal). Such a tuple cannot be sent as
   * an iterable body, so only its first element is.
   */
  static boolean isResponseTuple(Expr.Tuple t) {
    for (int i = 1; i < t.elts().size(); i++) {
      Expr e = t.elts().get(i);
      if (e instanceof Expr.Dict || (e instanceof Expr.Constant c && c.value() instanceof PyConstant.PyInt)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a response call declares a constant media type that is not rendered:
   * {@code Response(body, mimetype="application/json")}, {@code content_type="text/plain"}, or
   * {@code headers={"Content-Type": "text/plain"}}.
   */
  static boolean declaresNotRendered(Expr.Call c, SemanticModel model, Scope scope) {
    for (int i = 1; i < c.args().size(); i++) {
      // make_response(body, 200, {"Content-Type": "text/plain"}), Response(body, 200, headers)
      if (c.args().get(i) instanceof Expr.Dict headers && notRendered(headerType(headers, model, scope))) {
        return true;
      }
      // Django's HttpResponse(body, "application/json"): a constant that reads as a media type
      String text = model.constantString(c.args().get(i), scope).orElse(null);
      if (text != null && MEDIA_TYPE.matcher(text).matches() && notRendered(text)) {
        return true;
      }
    }
    for (Keyword k : c.keywords()) {
      if ("mimetype".equals(k.arg()) || "content_type".equals(k.arg())) {
        if (notRendered(model.constantString(k.value(), scope).orElse(null))) {
          return true;
        }
      } else if ("headers".equals(k.arg()) && k.value() instanceof Expr.Dict headers
          && notRendered(headerType(headers, model, scope))) {
        return true;
      }
    }
    return false;
  }

  /** The constant Content-Type of a dict literal of headers, or null. */
  private static String headerType(Expr.Dict headers, SemanticModel model, Scope scope) {
    for (int i = 0; i < headers.keys().size(); i++) {
      Expr k = headers.keys().get(i);
      String name = k == null ? null : model.constantString(k, scope).orElse(null);
      if (name != null && name.equalsIgnoreCase("content-type")) {
        return model.constantString(headers.values().get(i), scope).orElse(null);
      }
    }
    return null;
  }

  /** Whether a known media type (parameters such as {@code ; charset=utf-8} aside) is not rendered. */
  static boolean notRendered(String mediaType) {
    if (mediaType == null) {
      return false;
    }
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return !type.isEmpty() && !RENDERED.contains(type);
  }

  /** Builtins whose result Flask sends as JSON. */
  private static final Set<String> JSON_BUILDERS = Set.of("builtins.dict", "builtins.list");

  /**
   * A value that Flask sends as JSON: a dict or list written out or built by a comprehension,
   * {@code dict(...)}, {@code list(...)}, {@code x.to_dict()}, or a name bound once to one of those.
   */
  private static boolean json(Expr e, SemanticModel model, Scope scope) {
    if (e instanceof Expr.Name n) {
      SemanticModel.BoundValue bound = model.boundValue(n.id(), scope).orElse(null);
      return bound != null && !(bound.value() instanceof Expr.Name) && json(bound.value(), model, bound.scope());
    }
    if (e instanceof Expr.Call c) {
      return (c.func() instanceof Expr.Attribute a && a.attr().equals("to_dict"))
          || model.qualifiedName(c.func(), scope).filter(JSON_BUILDERS::contains).isPresent();
    }
    return e instanceof Expr.Dict || e instanceof Expr.List || e instanceof Expr.DictComp
        || e instanceof Expr.ListComp;
  }
}
