package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A literal path inside a shared temporary directory. */
public final class HardcodedTempDirectoryRule implements Rule {

  private static final List<String> SHARED_DIRS = List.of("/tmp", "/var/tmp", "/dev/shm");

  private static final RuleMetadata METADATA = new RuleMetadata("BW108", "hardcoded-tmp-directory",
      "hardcoded path in a shared temporary directory", Severity.MEDIUM, Confidence.MEDIUM, List.of(377),
      List.of("B108", "S108"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds string literals, including the literal start of an f-string, that are `/tmp`, `/var/tmp` or "
              + "`/dev/shm` or a path below one of them.",
          "These directories are writable by every local user. A fixed name in them is predictable: another "
              + "user can create the file or a symlink with that name first, and the program then writes "
              + "through the link into a file of the attacker's choosing, or reads data the attacker planted.",
          "with open(\"/tmp/report.csv\", \"w\") as f:\n    f.write(data)",
          "with tempfile.NamedTemporaryFile(\"w\", suffix=\".csv\", delete=False) as f:\n    f.write(data)",
          "Create temporary files and directories with the tempfile module (mkstemp, NamedTemporaryFile, "
              + "TemporaryDirectory), which picks an unpredictable name and opens it exclusively.",
          "The literal is reported wherever it appears, also where it is only compared with a path or shown "
              + "in a message. Paths inside a private directory the program made itself are safe but still "
              + "reported when written out literally. Silence one finding with `# bulwark: ignore[BW108]`.",
          List.of("https://cwe.mitre.org/data/definitions/377.html",
              "https://docs.python.org/3/library/tempfile.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    // an f-string's literal parts are Constant nodes too, so f"/tmp/{name}" is seen here
    return List.of(Expr.Constant.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    Expr.Constant c = (Expr.Constant) node;
    if (!(c.value() instanceof PyConstant.PyStr s)) {
      return;
    }
    for (String dir : SHARED_DIRS) {
      if (s.value().equals(dir) || s.value().startsWith(dir + "/")) {
        context.report(c, "hardcoded path under " + dir + ": the name is predictable to other local users");
        return;
      }
    }
  }
}
