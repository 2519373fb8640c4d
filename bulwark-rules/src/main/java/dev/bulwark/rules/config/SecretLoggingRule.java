package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.CallArguments;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A logging call that writes a password, secret or token into the log. */
public final class SecretLoggingRule extends CallRule {

  private static final Set<String> LEVELS = Set.of("debug", "info", "warning", "warn", "error", "exception",
      "critical", "fatal", "log");
  private static final List<String> LOGGER_MAKERS = List.of("logging.getLogger", "logging.Logger",
      "logging.LoggerAdapter", "structlog.get_logger", "structlog.getLogger");
  /** Receivers that are loggers by the universal naming convention. */
  private static final Set<String> LOGGER_NAMES = Set.of("logger", "log", "_logger", "_log", "LOGGER", "LOG",
      "_LOGGER", "_LOG");
  private static final List<String> TEXT_CONVERSIONS = List.of("builtins.str", "builtins.repr", "builtins.format");

  private static final RuleMetadata METADATA = new RuleMetadata("BW969", "secret-logged",
      "password, secret or token written to a log", Severity.MEDIUM, Confidence.MEDIUM, List.of(532),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of the `logging` functions and of logger methods (`logger.info(...)` where the logger "
              + "comes from `logging.getLogger` or is called `logger`/`log`) whose message or arguments "
              + "include a value named like a password, secret or token: a variable (`password`), an "
              + "attribute (`self.api_token`), a subscript or `.get()` with such a key "
              + "(`request.POST[\"password\"]`), also inside f-strings, `%` and `.format()`. A value passed "
              + "through another function first (`mask(token)`, `len(password)`) is not reported, nor are "
              + "hashed or masked values by their names (`hashed_password`).",
          "Logs are copied to log servers, tickets, chat and backups, kept for a long time and read by many "
              + "people and tools that would never be given the credential itself. A secret in a log is a "
              + "leaked secret.",
          "logger.info(\"login for %s with password %s\", user, password)",
          "logger.info(\"login for %s\", user)",
          "Leave the secret out of the message, or log a masked form (the last four characters, a hash prefix).",
          "Names are judged by their words. A name ending in `token` counts only with a word saying what "
              + "the token opens (`access_token`, `api_token`, `csrf_token`), since `next_token` and "
              + "`page_token` are paging cursors; a variable called just `token` is reported with low "
              + "confidence because in a parser it is a lexical token. Logger objects with other names are "
              + "not recognised. Silence one finding with `# bulwark: ignore[BW969]`.",
          List.of("https://cwe.mitre.org/data/definitions/532.html",
              "https://docs.python.org/3/howto/logging.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> level = loggingLevel(call, context);
    if (level.isEmpty()) {
      return;
    }
    // logger.log(level, msg, *args): the level is no message
    int first = level.get().equals("log") ? 1 : 0;
    for (int i = first; i < call.args().size(); i++) {
      String name = exposedSecret(call.args().get(i), context, 0);
      if (name != null) {
        report(call, name, context);
        return;
      }
    }
    Optional<Expr> extra = CallArguments.keyword(call, "extra");
    String name = extra.isPresent() ? exposedSecret(extra.get(), context, 0) : null;
    if (name != null) {
      report(call, name, context);
    }
  }

  private void report(Expr.Call call, String name, RuleContext context) {
    Confidence confidence = name.equalsIgnoreCase("token") ? Confidence.LOW : METADATA.confidence();
    context.report(call, "'" + name + "' is written to the log", METADATA.severity(), confidence);
  }

  /** The level method a call is, if it is a logging call. */
  private static Optional<String> loggingLevel(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !LEVELS.contains(a.attr())) {
      return Optional.empty();
    }
    Optional<String> q = context.qualifiedName(a);
    if (q.isPresent() && q.get().equals("logging." + a.attr())) {
      return Optional.of(a.attr());
    }
    if (!Receivers.isObjectMethod(a, context)) {
      return Optional.empty();
    }
    Expr receiver = a.value();
    boolean named = (receiver instanceof Expr.Name n && LOGGER_NAMES.contains(n.id()))
        || (receiver instanceof Expr.Attribute r && LOGGER_NAMES.contains(r.attr()));
    return named || Creators.madeBy(receiver, LOGGER_MAKERS, context) ? Optional.of(a.attr()) : Optional.empty();
  }

  /**
   * The secret-named value that {@code e} puts into the log text, or null. Follows the ways a value
   * reaches a message (formatting, concatenation, containers, str()) and stops at any other call,
   * which may mask, measure or hash it.
   */
  private static String exposedSecret(Expr e, RuleContext context, int depth) {
    if (e == null || depth > 8) {
      return null;
    }
    if (e instanceof Expr.Name n) {
      return SecretNames.isCredentialName(n.id()) && isVariable(n, context) ? n.id() : null;
    }
    if (e instanceof Expr.Attribute a) {
      return SecretNames.isCredentialName(a.attr()) ? a.attr() : null;
    }
    if (e instanceof Expr.Subscript s) {
      return context.constantString(s.slice()).filter(SecretNames::isCredentialName).orElse(null);
    }
    if (e instanceof Expr.Call c) {
      return fromCall(c, context, depth);
    }
    if (e instanceof Expr.JoinedStr j) {
      return first(j.values(), context, depth);
    }
    if (e instanceof Expr.FormattedValue f) {
      return exposedSecret(f.value(), context, depth + 1);
    }
    if (e instanceof Expr.BinOp b && (b.op() == Operator.Add || b.op() == Operator.Mod)) {
      String left = exposedSecret(b.left(), context, depth + 1);
      return left != null ? left : exposedSecret(b.right(), context, depth + 1);
    }
    if (e instanceof Expr.Tuple t) {
      return first(t.elts(), context, depth);
    }
    if (e instanceof Expr.List l) {
      return first(l.elts(), context, depth);
    }
    if (e instanceof Expr.Dict d) {
      return first(d.values(), context, depth);
    }
    if (e instanceof Expr.IfExp i) {
      String body = exposedSecret(i.body(), context, depth + 1);
      return body != null ? body : exposedSecret(i.orelse(), context, depth + 1);
    }
    return null;
  }

  private static String fromCall(Expr.Call c, RuleContext context, int depth) {
    if (c.func() instanceof Expr.Attribute m && m.attr().equals("get") && !c.args().isEmpty()) {
      // request.POST.get("password"), os.environ.get("API_TOKEN")
      return context.constantString(c.args().get(0)).filter(SecretNames::isCredentialName).orElse(null);
    }
    boolean formatting = c.func() instanceof Expr.Attribute m && m.attr().equals("format");
    if (formatting || context.isAnyOf(c.func(), TEXT_CONVERSIONS)) {
      String inArgs = first(c.args(), context, depth);
      if (inArgs != null) {
        return inArgs;
      }
      for (Keyword k : c.keywords()) {
        String inKeyword = exposedSecret(k.value(), context, depth + 1);
        if (inKeyword != null) {
          return inKeyword;
        }
      }
    }
    return null;
  }

  private static String first(List<Expr> values, RuleContext context, int depth) {
    for (Expr v : values) {
      String found = exposedSecret(v, context, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** A data variable, not an imported module or a function ({@code pwd} the module is no password). */
  private static boolean isVariable(Expr.Name n, RuleContext context) {
    for (Binding b : context.model().bindingsOf(n.id(), context.scope())) {
      if (b instanceof Binding.Import || b instanceof Binding.Definition) {
        return false;
      }
    }
    return true;
  }
}
