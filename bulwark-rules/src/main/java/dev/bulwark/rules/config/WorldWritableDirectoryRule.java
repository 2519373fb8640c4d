package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.OptionalInt;

/** A directory created with a mode that lets every local user write into it. */
public final class WorldWritableDirectoryRule extends CallRule {

  private static final List<String> FUNCTIONS = Signatures.known().requireAll(List.of("os.mkdir", "os.makedirs"));
  /** ZipFile.mkdir(name, mode) adds an entry to an archive, not a directory to the file system. */
  private static final List<String> ZIP_ARCHIVES = List.of("zipfile.ZipFile");
  private static final String PATH_MKDIR = Signatures.known().require("pathlib.Path.mkdir").name();

  private static final RuleMetadata METADATA = new RuleMetadata("BW967", "world-writable-directory",
      "directory created with a world-writable mode", Severity.MEDIUM, Confidence.MEDIUM, List.of(732, 276),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `os.mkdir` and `os.makedirs` given an explicit mode, written as a number or with "
              + "`stat.S_I*` names, that includes write permission for others (as `0o777` and `0o757` do), "
              + "and `.mkdir(mode=...)` calls such as `Path.mkdir` with such a mode. Calls without a mode "
              + "are not reported.",
          "Other local users can create, rename and (without the sticky bit) delete files in a "
              + "world-writable directory: they can plant a file the program later reads or executes, or a "
              + "symlink that redirects the program's writes. The process umask usually strips the bit, "
              + "but services started with umask 0 (common in containers and some init systems) keep it, "
              + "and asking for it shows the intent.",
          "os.makedirs(\"/srv/app/uploads\", mode=0o777, exist_ok=True)",
          "os.makedirs(\"/srv/app/uploads\", mode=0o750, exist_ok=True)",
          "Ask for the narrowest mode that works, usually 0o700 or 0o750, and share through a group.",
          "With the usual umask 022 the directory ends up 0o755, so the finding describes the request, not "
              + "necessarily the result; shared scratch directories with the sticky bit (0o1777) are "
              + "reported too. Silence one finding with `# bulwark: ignore[BW967]`.",
          List.of("https://cwe.mitre.org/data/definitions/732.html",
              "https://docs.python.org/3/library/os.html#os.makedirs")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    OptionalInt value;
    if (context.isAnyOf(call.func(), FUNCTIONS)) {
      value = FileModes.of(context.argument(call, "mode"), context);
    } else if (call.func() instanceof Expr.Attribute a && a.attr().equals("mkdir")
        && Receivers.isObjectMethod(a, context) && !Creators.madeBy(a.value(), ZIP_ARCHIVES, context)) {
      value = FileModes.of(context.argument(call, PATH_MKDIR, "mode"), context);
    } else {
      return;
    }
    if (value.isPresent() && (value.getAsInt() & FileModes.OTHER_WRITE) != 0) {
      context.report(call, "directory created with mode " + FileModes.octal(value.getAsInt())
          + ": every local user may write into it");
    }
  }
}
