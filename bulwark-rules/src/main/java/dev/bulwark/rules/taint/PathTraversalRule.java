package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches a file system path, by the taint analysis. */
public final class PathTraversalRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW804", "path-traversal",
      "Attacker data reaches a file system path", Severity.HIGH, Confidence.MEDIUM, List.of(22), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the path argument of `open`, `io.open`, `pathlib.Path`, `os.remove`, `os.unlink`, `os.rmdir`, `shutil.rmtree` and `shutil.copyfile`. `os.path.basename`, `werkzeug.utils.secure_filename` and numeric conversions make a value safe; `os.path.join` does not.",
          "`../` sequences and absolute paths leave the directory the code meant to serve: `../../etc/passwd`, the application's own settings with its secrets, or, for writes, files that get executed later.",
          "name = request.args[\"file\"]\nreturn open(os.path.join(UPLOADS, name)).read()",
          "name = secure_filename(request.args[\"file\"])\nreturn open(os.path.join(UPLOADS, name)).read()",
          "Reduce the name to its last component with werkzeug.utils.secure_filename or os.path.basename, or check the resolved path stays under the base directory.",
          "A check of the form `p = os.path.realpath(...)` then `if p.startswith(BASE):` makes `p` safe in that branch; other containment checks (`os.path.commonpath`, `Path.is_relative_to`) are not read yet and are still reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW804]`.",
          List.of("https://cwe.mitre.org/data/definitions/22.html", "https://owasp.org/www-community/attacks/Path_Traversal")));

  public PathTraversalRule() {
    super(SinkKind.PATH, "the sender reads or writes files outside the intended directory");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
