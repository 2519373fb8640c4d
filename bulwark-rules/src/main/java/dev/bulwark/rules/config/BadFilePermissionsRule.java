package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.OptionalInt;

/** A {@code chmod} that lets the group or everyone write to or execute a file. */
public final class BadFilePermissionsRule extends CallRule {

  private static final List<String> FUNCTIONS =
      Signatures.known().requireAll(List.of("os.chmod", "os.lchmod", "os.fchmod"));
  private static final String PATH_CHMOD = Signatures.known().require("pathlib.Path.chmod").name();
  private static final String SFTP_CHMOD = Signatures.known().require("paramiko.SFTPClient.chmod").name();

  private static final RuleMetadata METADATA = new RuleMetadata("BW103", "bad-file-permissions",
      "chmod grants write or execute permission to group or others", Severity.MEDIUM, Confidence.HIGH,
      List.of(732), List.of("B103", "S103"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `os.chmod`, `os.lchmod`, `os.fchmod` and `Path.chmod`-style method calls whose mode, written "
              + "as a number or with `stat.S_I*` names, sets a write or execute bit for the group or for "
              + "others. Write access for others is high severity, write access for the group medium, and "
              + "execute access alone (as in `0o755`) low.",
          "A file other local users can write can be replaced or edited under the program: a config file "
              + "gains a new setting, a script gains a new command, a log gains forged lines. Execute bits on "
              + "data files widen what a mistake can run.",
          "os.chmod(\"/etc/myapp/config.yaml\", 0o666)",
          "os.chmod(\"/etc/myapp/config.yaml\", 0o600)",
          "Give the file the narrowest mode that works, usually 0o600 for data and 0o700 for programs, and "
              + "grant group access only where a group really shares it.",
          "Executables and shared directories legitimately carry `0o755`; those findings are low severity. "
              + "A `.chmod(...)` method whose receiver is not known is matched by name, which may catch an "
              + "unrelated API with the same method name (such as an SFTP client; its findings say so with "
              + "medium confidence). Modes computed at run time are not checked. Silence one finding with "
              + "`# bulwark: ignore[BW103]`.",
          List.of("https://cwe.mitre.org/data/definitions/732.html",
              "https://docs.python.org/3/library/os.html#os.chmod")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    OptionalInt value;
    Confidence confidence;
    if (context.isAnyOf(call.func(), FUNCTIONS)) {
      value = FileModes.of(context.argument(call, "mode"), context);
      confidence = Confidence.HIGH;
    } else if (call.func() instanceof Expr.Attribute a && a.attr().equals("chmod")
        && Receivers.isObjectMethod(a, context)) {
      // Path(p).chmod(mode) or sftp.chmod(path, mode): whichever the call fits
      BoundArguments arguments = context.arguments(call, PATH_CHMOD);
      if (arguments.isError()) {
        arguments = context.arguments(call, SFTP_CHMOD);
      }
      value = FileModes.of(arguments.argument("mode"), context);
      confidence = Confidence.MEDIUM;
    } else {
      return;
    }
    if (value.isEmpty()) {
      return;
    }
    int m = value.getAsInt();
    String octal = FileModes.octal(m);
    if ((m & FileModes.OTHER_WRITE) != 0) {
      context.report(call, "chmod to " + octal + " lets every local user write the file", Severity.HIGH, confidence);
    } else if ((m & FileModes.GROUP_WRITE) != 0) {
      context.report(call, "chmod to " + octal + " lets the group write the file", Severity.MEDIUM, confidence);
    } else if ((m & FileModes.GROUP_OTHER_EXECUTE) != 0) {
      context.report(call, "chmod to " + octal + " lets group or others execute the file", Severity.LOW, confidence);
    }
  }
}
