package dev.bulwark.rules.config;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** {@code tempfile.mktemp}, which hands out a name and leaves a race until the file exists. */
public final class MktempRule extends SingleCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW306", "tempfile-mktemp",
      "tempfile.mktemp returns a name another process can take first", Severity.MEDIUM, Confidence.HIGH,
      List.of(377), List.of("B306", "S306"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `tempfile.mktemp`, however it is imported.",
          "`mktemp` only returns a file name that did not exist when it looked. Between that moment and the "
              + "moment the program creates the file, another local user can create it, or a symlink with "
              + "that name pointing elsewhere, and the program then writes into a file the attacker "
              + "controls. Python's documentation has marked it deprecated for this reason since 2.3.",
          "path = tempfile.mktemp(suffix=\".json\")\nwith open(path, \"w\") as f:\n    json.dump(data, f)",
          "with tempfile.NamedTemporaryFile(\"w\", suffix=\".json\", delete=False) as f:\n    json.dump(data, f)",
          "Use mkstemp, NamedTemporaryFile or TemporaryDirectory, which create the file or directory "
              + "atomically with an exclusive open.",
          "A name used for something that is created atomically anyway (a socket path bound right away, a "
              + "directory made with `os.mkdir`) is less exposed but still reported. Silence one finding "
              + "with `# bulwark: ignore[BW306]`.",
          List.of("https://cwe.mitre.org/data/definitions/377.html",
              "https://docs.python.org/3/library/tempfile.html#tempfile.mktemp")));

  /** Flags {@code tempfile.mktemp} calls. */
  public MktempRule() {
    super(List.of("tempfile.mktemp"),
        "tempfile.mktemp is race-prone: create the file with mkstemp or NamedTemporaryFile");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
