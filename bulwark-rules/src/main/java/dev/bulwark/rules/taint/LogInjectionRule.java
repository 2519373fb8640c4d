package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Request data is written to a log unescaped, by the taint analysis. */
public final class LogInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW815", "log-injection",
      "Request data is written to a log without escaping line breaks", Severity.LOW, Confidence.MEDIUM, List.of(117),
      List.of(), RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows request data into the message and arguments of the standard `logging` calls (`logging.info(...)`, `logger.warning(...)`, `logger.log(level, ...)` and the rest) in files that import `logging`. A value passed through `repr()`, formatted with `%r` (in the message or with `%`), converted to a number, or passed through `.replace(\"\\n\", ...)` (or `\"\\r\"`) is not reported.",
          "A line break in the value ends the entry and starts one the sender wrote: a forged `login succeeded for admin` line misleads whoever reads the log, and a log viewer that renders HTML or a parser that splits on lines can be attacked through it.",
          "user = request.form[\"user\"]\nlogger.info(\"failed login for %s\", user)",
          "user = request.form[\"user\"]\nlogger.info(\"failed login for %r\", user)",
          "Log user data with `%r`, or remove carriage returns and line feeds first; a structured (JSON) log formatter escapes them too.",
          "Any object's `info`, `warning`, `error` and similar methods are taken for a logger's, in a file that imports `logging`; functions of other modules with those names (Django's `messages.error(request, ...)`) are not. A formatter or filter that escapes line breaks is not seen, nor is `!r` in an f-string. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW815]`.",
          List.of("https://cwe.mitre.org/data/definitions/117.html")));

  public LogInjectionRule() {
    super(SinkKind.LOG, "the sender can forge log entries");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
