package dev.bulwark.rules.config;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** A Flask application started with the interactive debugger on. */
public final class FlaskDebugRule extends CallRule {

  /** Objects whose {@code run(debug=True)} starts Werkzeug's debugger. */
  private static final String SOCKETIO = "flask_socketio.SocketIO";
  private static final List<String> FLASK_APPS = List.of("flask.Flask", "flask.app.Flask", SOCKETIO);
  private static final String FLASK_RUN = Signatures.known().require("flask.Flask.run").name();
  private static final String SOCKETIO_RUN = Signatures.known().require(SOCKETIO + ".run").name();

  private static final RuleMetadata METADATA = new RuleMetadata("BW201", "flask-debug-true",
      "Flask app run with debug=True", Severity.HIGH, Confidence.MEDIUM, List.of(489, 94),
      List.of("B201", "S201"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `.run(..., debug=True)` on a Flask application (or a Flask-SocketIO server). When the object "
              + "is known to come from `Flask(...)` in the same scope the finding has high confidence; "
              + "when it is a parameter, an attribute or the result of an app factory such as "
              + "`create_app()`, medium. Objects known to come from elsewhere (an event loop, say) and "
              + "module functions such as `uvicorn.run` are not reported.",
          "Debug mode turns on Werkzeug's interactive debugger: any unhandled error shows a page with a "
              + "Python console that runs code on the server. Anyone who can reach the app and trigger an "
              + "error (or guess the PIN that guards the console) can take over the machine.",
          "app = Flask(__name__)\n\nif __name__ == \"__main__\":\n    app.run(debug=True)",
          "app = Flask(__name__)\n\nif __name__ == \"__main__\":\n"
              + "    app.run(debug=os.environ.get(\"FLASK_DEBUG\") == \"1\")",
          "Leave debug off in code and turn it on only for local development, with `flask run --debug` or "
              + "an environment variable.",
          "A script that is only ever run on a developer's machine is safe, but the rule cannot know that. "
              + "An unrelated object with a `run(debug=True)` method may be reported with medium "
              + "confidence. Silence one finding with `# bulwark: ignore[BW201]`.",
          List.of("https://cwe.mitre.org/data/definitions/489.html",
              "https://cwe.mitre.org/data/definitions/94.html",
              "https://flask.palletsprojects.com/en/stable/debugging/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("run")
        || !Receivers.isObjectMethod(a, context)) {
      return;
    }
    if (call.args().size() < 3 && CallArguments.keyword(call, "debug").isEmpty()) {
      return; // debug is neither given by name nor in reach of a position
    }
    Optional<String> maker = Creators.creatorName(a.value(), context);
    // run(host, port, debug) of a known Flask app, by position too; of anything else, debug=... alone
    Optional<Expr> debug = maker.filter(FLASK_APPS::contains)
        .map(m -> context.argument(call, m.equals(SOCKETIO) ? SOCKETIO_RUN : FLASK_RUN, "debug"))
        .orElseGet(() -> CallArguments.keyword(call, "debug"));
    if (debug.isEmpty() || !Constants.isTruthy(context.constant(debug.get()))) {
      return;
    }
    if (maker.isEmpty() || isAppFactory(maker.get())) {
      context.report(call, "app.run(debug=True) starts the interactive Werkzeug debugger",
          METADATA.severity(), Confidence.MEDIUM);
    } else if (FLASK_APPS.contains(maker.get())) {
      context.report(call, "Flask app run with debug=True: the Werkzeug debugger runs any code it is sent",
          METADATA.severity(), Confidence.HIGH);
    }
  }

  /** {@code create_app()}, {@code make_app()}: the usual Flask factory, whose result we cannot see. */
  private static boolean isAppFactory(String maker) {
    String last = maker.substring(maker.lastIndexOf('.') + 1);
    return Identifiers.words(last).contains("app");
  }
}
