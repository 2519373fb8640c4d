package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches an HTML response unescaped, by the taint analysis. */
public final class ReflectedXssRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW806", "reflected-xss",
      "Attacker data reaches an HTML response unescaped", Severity.HIGH, Confidence.MEDIUM, List.of(79), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data into response bodies built by hand: Flask's `make_response`, `Response` and `render_template_string`, Django's `HttpResponse` and `mark_safe`, and `Markup`. It also reads the project's Jinja2 and Django templates: a render call (`render_template`, `render`, `TemplateResponse`, `render_to_string`, `get_template(...).render`, an inline `Template(...)`) that passes attacker data as a variable the template prints with `|safe`, inside `autoescape false`/`off`, or without autoescape is reported at the call, naming the template and line. `html.escape`, `markupsafe.escape` and Django's `escape` make a value safe for HTML only.",
          "A response that echoes the request without escaping lets a crafted link inject `<script>`: it runs with the victim's session, reads the page and acts on the site in their name.",
          "name = request.args[\"name\"]\nreturn make_response(\"<h1>Hello \" + name + \"</h1>\")",
          "name = request.args[\"name\"]\nreturn make_response(\"<h1>Hello \" + html.escape(name) + \"</h1>\")",
          "Render through an autoescaping template, or escape the value with markupsafe.escape or html.escape.",
          "A response served with a non-HTML content type (plain text, JSON) cannot run script but is still reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW806]`.",
          List.of("https://cwe.mitre.org/data/definitions/79.html", "https://owasp.org/www-community/attacks/xss/")));

  public ReflectedXssRule() {
    super(SinkKind.XSS, "the sender's script runs in the victim's browser");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
