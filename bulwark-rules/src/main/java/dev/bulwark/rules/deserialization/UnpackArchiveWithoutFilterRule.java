package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
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
import java.util.Locale;
import java.util.Optional;

/** {@code shutil.unpack_archive} of a tar archive without an extraction filter. */
public final class UnpackArchiveWithoutFilterRule extends CallRule {

  private static final List<String> FUNCTIONS = Signatures.known().requireAll(List.of("shutil.unpack_archive"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW944", "unpack-archive-without-filter",
      "shutil.unpack_archive without a safe extraction filter", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(22), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `shutil.unpack_archive` calls that pass no `filter`, or `filter=\"fully_trusted\"`, unless "
              + "the archive is known to be a zip file.",
          "For tar archives `unpack_archive` hands the work to `tarfile`, which before Python 3.14 trusts "
              + "every member by default: names such as `../../etc/cron.d/job` or absolute paths, and links "
              + "pointing outside the target directory, let an archive write files anywhere the process can.",
          "shutil.unpack_archive(upload_path, workdir)",
          "shutil.unpack_archive(upload_path, workdir, filter=\"data\")",
          "Pass filter=\"data\" (Python 3.12+, and backports in security releases), which refuses members "
              + "that would land outside the target directory.",
          "Zip archives are skipped: for them `shutil` and `zipfile` already drop absolute paths and `..` "
              + "parts, which is also why `ZipFile.extractall` is not reported. On Python 3.14 and later the "
              + "default filter is `data`, so a missing filter is reported at medium confidence; "
              + "`filter=\"fully_trusted\"` at high. A constant archive path is reported at low severity. "
              + "Silence one finding with `# bulwark: ignore[BW944]`.",
          List.of("https://cwe.mitre.org/data/definitions/22.html",
              "https://docs.python.org/3/library/shutil.html#shutil.unpack_archive",
              "https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(FUNCTIONS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), FUNCTIONS) || isZip(call, context)) {
      return;
    }
    BoundArguments arguments = context.arguments(call);
    Optional<Expr> archive = arguments.argument("filename");
    boolean fixedArchive = Constants.isFixedData(archive, context);
    Optional<Expr> filter = arguments.argument("filter");
    if (filter.isPresent()) {
      Optional<String> value = context.constantString(filter.get());
      if (value.isPresent() && value.get().equals("fully_trusted")) {
        context.report(call, "unpack_archive with filter=\"fully_trusted\" lets archive members write outside "
            + "the target directory", fixedArchive ? Severity.LOW : Severity.MEDIUM, Confidence.HIGH);
      }
      return;
    }
    if (arguments.isAbsent("filter")) {
      context.report(call, "unpack_archive without filter=\"data\": before Python 3.14 tar members may "
          + "write outside the target directory", fixedArchive ? Severity.LOW : Severity.MEDIUM, Confidence.MEDIUM);
    }
  }

  /** A zip archive (by its format argument or file name) is unpacked with unsafe names dropped. */
  private static boolean isZip(Expr.Call call, RuleContext context) {
    Optional<String> format = context.argument(call, "format").flatMap(context::constantString);
    if (format.isPresent()) {
      return format.get().equals("zip");
    }
    Optional<String> archive = context.argument(call, "filename").flatMap(context::constantString);
    return archive.isPresent() && archive.get().toLowerCase(Locale.ROOT).endsWith(".zip");
  }
}
