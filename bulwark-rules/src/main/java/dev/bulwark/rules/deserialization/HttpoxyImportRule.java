package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/**
 * Importing a CGI gateway that is open to httpoxy: a request's {@code Proxy} header reaches
 * {@code HTTP_PROXY}.
 */
public final class HttpoxyImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW412", "httpoxy-cgi-import",
      "Import of a CGI handler exposed to httpoxy", Severity.HIGH, Confidence.HIGH, List.of(454, 284),
      List.of("B412", "S412"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `wsgiref.handlers.CGIHandler` and of twisted's `CGIScript` and "
              + "`CGIDirectory`.",
          "CGI passes each request header to the program as an environment variable named "
              + "`HTTP_<header>`. A client that sends a `Proxy:` header therefore sets `HTTP_PROXY`, "
              + "which many HTTP libraries read as the proxy to use, so the application's own outgoing "
              + "requests, credentials included, go to a server the attacker picked (\"httpoxy\").",
          "from wsgiref.handlers import CGIHandler\nCGIHandler().run(app)",
          "# serve the WSGI app with a real server (gunicorn, uWSGI, mod_wsgi) instead of CGI",
          "Run the application under a WSGI server instead of CGI, or strip the Proxy header in "
              + "front of it.",
          "A front server that drops the `Proxy` header, or an application that makes no outgoing "
              + "HTTP requests, is not exposed. Silence one finding with `# bulwark: ignore[BW412]`. This "
              + "check is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/454.html",
              "https://httpoxy.org/")));

  public HttpoxyImportRule() {
    super(METADATA,
        List.of("wsgiref.handlers.CGIHandler", "twisted.web.twcgi.CGIScript", "twisted.web.twcgi.CGIDirectory"),
        "under CGI a request's Proxy header becomes HTTP_PROXY, which sends the app's outgoing requests "
            + "to the attacker");
  }
}
