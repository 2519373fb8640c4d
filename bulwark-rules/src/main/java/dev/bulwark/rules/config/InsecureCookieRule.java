package dev.bulwark.rules.config;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A cookie set without the Secure, HttpOnly or SameSite attributes. */
public final class InsecureCookieRule extends CallRule {

  /** Django's signatures, whose parameters Werkzeug's and Starlette's {@code set_cookie} share in the same order. */
  private static final String SET_COOKIE = Signatures.known().require("django.http.HttpResponse.set_cookie").name();
  private static final String SET_SIGNED_COOKIE =
      Signatures.known().require("django.http.HttpResponse.set_signed_cookie").name();
  /** Names a module binds when it uses Starlette or FastAPI, whose set_cookie defaults to SameSite=Lax. */
  private static final List<String> STARLETTE_NAMES = List.of("fastapi", "starlette", "FastAPI", "APIRouter",
      "Response", "JSONResponse", "HTMLResponse", "RedirectResponse", "PlainTextResponse");
  private static final Set<String> SESSION_WORDS = Set.of("session", "sessionid", "sid", "token", "auth", "jwt",
      "remember", "csrf", "login", "access", "refresh");

  /** Sensitive cookie in HTTPS session without the Secure attribute. */
  private static final int CWE_SECURE = 614;
  /** Sensitive cookie without the HttpOnly flag. */
  private static final int CWE_HTTPONLY = 1004;
  /** Sensitive cookie with an improper SameSite attribute. */
  private static final int CWE_SAMESITE = 1275;

  private static final RuleMetadata METADATA = new RuleMetadata("BW966", "insecure-cookie",
      "cookie set without secure, httponly or samesite", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(CWE_SECURE, CWE_HTTPONLY, CWE_SAMESITE), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `set_cookie(...)` and `set_signed_cookie(...)` calls (Django, Flask/Werkzeug, Starlette and "
              + "FastAPI responses) that leave out `secure=True`, `httponly=True` or `samesite=`, or set "
              + "them to a false value. A missing `secure` is medium severity, the others low. Each finding "
              + "carries the CWE of each attribute it misses, and only those: CWE-614 for `secure`, CWE-1004 "
              + "for `httponly`, CWE-1275 for `samesite`. Starlette "
              + "and FastAPI default `samesite` to `lax`, so in modules that import them only `secure` "
              + "and `httponly` are checked. Cookies whose literal name suggests a session or token are "
              + "reported with high confidence.",
          "Without Secure the browser also sends the cookie over plain HTTP, where anyone on the network can "
              + "read it; without HttpOnly any script injected into the page can read it; without SameSite "
              + "older browsers attach it to requests that other sites trigger. For a session cookie each "
              + "of these is a way to hijack the session.",
          "response.set_cookie(\"sessionid\", token)",
          "response.set_cookie(\"sessionid\", token, secure=True, httponly=True, samesite=\"Lax\")",
          "Set secure=True, httponly=True and samesite=\"Lax\" (or \"Strict\") on every cookie that carries "
              + "something an attacker should not read or replay.",
          "Cookies meant for JavaScript (a UI preference, a CSRF token read by scripts) legitimately lack "
              + "HttpOnly, and local development over plain HTTP cannot use Secure. The method is matched by "
              + "name on any object, and calls that pass `**kwargs` are skipped. Silence one finding with "
              + "`# bulwark: ignore[BW966]`.",
          List.of("https://cwe.mitre.org/data/definitions/614.html",
              "https://cwe.mitre.org/data/definitions/1004.html",
              "https://cwe.mitre.org/data/definitions/1275.html",
              "https://docs.djangoproject.com/en/stable/ref/request-response/"
                  + "#django.http.HttpResponse.set_cookie")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !Receivers.isObjectMethod(a, context)
        || CallArguments.hasKeywordUnpacking(call)) {
      return;
    }
    boolean signed = a.attr().equals("set_signed_cookie");
    if (!signed && !a.attr().equals("set_cookie")) {
      return;
    }
    // CookieJar.set_cookie(cookie) takes one Cookie object: not a response
    boolean responseShape = call.args().size() >= 2 || CallArguments.keyword(call, "value").isPresent()
        || CallArguments.keyword(call, "key").isPresent();
    if (!responseShape) {
      return;
    }
    // set_signed_cookie(key, value, salt, **kwargs) passes the attributes on by keyword
    BoundArguments arguments = context.arguments(call, signed ? SET_SIGNED_COOKIE : SET_COOKIE);
    if (arguments.isError()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    List<Integer> cwes = new ArrayList<>();
    if (isOff(arguments.argument("secure"), context)) {
      missing.add("secure");
      cwes.add(CWE_SECURE);
    }
    if (isOff(arguments.argument("httponly"), context)) {
      missing.add("httponly");
      cwes.add(CWE_HTTPONLY);
    }
    Optional<Expr> samesite = arguments.argument("samesite");
    boolean samesiteDefault = samesite.isEmpty() && usesStarlette(context);
    if (!samesiteDefault && (samesite.isEmpty() || Constants.isNone(context.constant(samesite.get())))) {
      missing.add("samesite");
      cwes.add(CWE_SAMESITE);
    }
    if (missing.isEmpty()) {
      return;
    }
    Severity severity = missing.contains("secure") ? Severity.MEDIUM : Severity.LOW;
    Confidence confidence = isSessionCookie(arguments, context) ? Confidence.HIGH : Confidence.MEDIUM;
    // each attribute has its own weakness: a finding names only the CWEs of the attributes it misses
    context.reportCwes(call, "cookie set without " + String.join(", ", missing), severity, confidence, cwes);
  }

  /** Absent or a false constant; a value computed at run time (settings.SESSION_COOKIE_SECURE) counts as set. */
  private static boolean isOff(Optional<Expr> value, RuleContext context) {
    return value.isEmpty() || Constants.isFalsy(context.constant(value.get()));
  }

  private static boolean usesStarlette(RuleContext context) {
    for (String name : STARLETTE_NAMES) {
      for (Binding b : context.model().moduleScope().bindings(name)) {
        if (b instanceof Binding.Import i
            && (i.qualifiedName().startsWith("fastapi") || i.qualifiedName().startsWith("starlette"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSessionCookie(BoundArguments arguments, RuleContext context) {
    Optional<Expr> key = arguments.argument("key");
    Optional<PyConstant> name = key.flatMap(context::constant);
    return name.isPresent() && name.get() instanceof PyConstant.PyStr s
        && Identifiers.words(s.value()).stream().anyMatch(SESSION_WORDS::contains);
  }
}
