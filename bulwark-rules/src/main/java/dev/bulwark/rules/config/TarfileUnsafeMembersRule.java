package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A tar archive unpacked without an extraction filter. */
public final class TarfileUnsafeMembersRule extends CallRule {

  private static final List<String> TAR_MAKERS = List.of("tarfile.open", "tarfile.TarFile", "tarfile.TarFile.open",
      "tarfile.TarFile.taropen", "tarfile.TarFile.gzopen", "tarfile.TarFile.bz2open", "tarfile.TarFile.xzopen");
  private static final Set<String> SAFE_FILTERS = Set.of("data", "tar");
  private static final List<String> SAFE_FILTER_FUNCTIONS = List.of("tarfile.data_filter", "tarfile.tar_filter");
  /** The methods whose filter and members this rule reads, as {@code TarFile.<method>}. */
  private static final String TAR_FILE = "tarfile.TarFile.";
  private static final List<String> EXTRACT_METHODS =
      Signatures.known().requireAll(List.of(TAR_FILE + "extract", TAR_FILE + "extractall"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW202", "tarfile-unsafe-members",
      "tar archive extracted without a filter", Severity.HIGH, Confidence.HIGH, List.of(22),
      List.of("B202", "S202"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `extractall()` and `extract()` on a tar archive opened with `tarfile.open` (or `TarFile`) "
              + "that pass no `filter=`, or pass `filter=\"fully_trusted\"`, and `shutil.unpack_archive` "
              + "without a filter. `extractall()` on an object of unknown origin is reported with medium "
              + "confidence when the file imports tarfile. A call that selects its own `members=` (other "
              + "than `getmembers()`) or passes a filter function of its own is taken as handled.",
          "A tar member can be named `../../etc/cron.d/job` or `/home/user/.ssh/authorized_keys`, or be a "
              + "symlink or device file. Without a filter, Python before 3.14 writes such members where "
              + "their names point, so unpacking an archive from an untrusted source can overwrite any file "
              + "the process may write.",
          "with tarfile.open(upload) as tar:\n    tar.extractall(dest)",
          "with tarfile.open(upload) as tar:\n    tar.extractall(dest, filter=\"data\")",
          "Pass filter=\"data\" (or tarfile.data_filter) to extractall, extract and shutil.unpack_archive.",
          "Archives the program built itself are safe to unpack but still reported; Python 3.14 and later "
              + "apply the data filter by default, which the rule does not assume because code usually "
              + "runs on older versions too. Silence one finding with `# bulwark: ignore[BW202]`.",
          List.of("https://cwe.mitre.org/data/definitions/22.html",
              "https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (CallArguments.hasKeywordUnpacking(call)) {
      // **kwargs may carry the filter
      return;
    }
    if (context.isAnyOf(call.func(), List.of("shutil.unpack_archive"))) {
      if (!hasSafeFilter(context.argument(call, "filter"), context)) {
        context.report(call, "shutil.unpack_archive without filter= writes tar members wherever their names point",
            METADATA.severity(), Confidence.MEDIUM);
      }
      return;
    }
    if (!(call.func() instanceof Expr.Attribute a) || !(a.attr().equals("extractall") || a.attr().equals("extract"))
        || !Receivers.isObjectMethod(a, context)) {
      return;
    }
    Optional<String> maker = Creators.creatorName(a.value(), context);
    Confidence confidence;
    if (maker.isPresent()) {
      if (!TAR_MAKERS.contains(maker.get())) {
        return;
      }
      confidence = Confidence.HIGH;
    } else if (a.attr().equals("extractall") && importsTarfile(context)) {
      confidence = Confidence.MEDIUM;
    } else {
      return;
    }
    // extractall(path, members, *, numeric_owner, filter); extract(member, path, set_attrs, *, ...)
    BoundArguments arguments = context.arguments(call, TAR_FILE + a.attr());
    if (arguments.isError()) {
      return;
    }
    Optional<Expr> filter = arguments.argument("filter");
    if (hasSafeFilter(filter, context) || selectsOwnMembers(arguments, a.attr(), context)) {
      return;
    }
    String how = filter.isPresent() ? "with a fully trusting filter" : "without filter=";
    context.report(call, "tar " + a.attr() + "() " + how + " lets members write outside the target directory",
        METADATA.severity(), confidence);
  }

  /** A filter that is one of the safe named ones, or any function of the caller's own. */
  private static boolean hasSafeFilter(Optional<Expr> filter, RuleContext context) {
    if (filter.isEmpty()) {
      return false;
    }
    Optional<PyConstant> value = context.constant(filter.get());
    if (value.isPresent()) {
      return value.get() instanceof PyConstant.PyStr s && SAFE_FILTERS.contains(s.value());
    }
    Optional<String> q = context.qualifiedName(filter.get());
    return q.isEmpty() || SAFE_FILTER_FUNCTIONS.contains(q.get()) || !q.get().startsWith("tarfile.");
  }

  /** {@code members=} chosen by the caller, which is how code filtered before filters existed. */
  private static boolean selectsOwnMembers(BoundArguments arguments, String method, RuleContext context) {
    if (!method.equals("extractall")) {
      return false;
    }
    Optional<Expr> members = arguments.argument("members");
    if (members.isEmpty() || Constants.isNone(context.constant(members.get()))) {
      return false;
    }
    boolean everything = members.get() instanceof Expr.Call c && c.func() instanceof Expr.Attribute m
        && m.attr().equals("getmembers");
    return !everything;
  }

  private static boolean importsTarfile(RuleContext context) {
    for (Binding b : context.model().moduleScope().bindings("tarfile")) {
      if (b instanceof Binding.Import i && i.qualifiedName().equals("tarfile")) {
        return true;
      }
    }
    return false;
  }
}
