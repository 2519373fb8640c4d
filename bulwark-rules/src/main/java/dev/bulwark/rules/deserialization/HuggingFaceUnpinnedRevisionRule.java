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
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A download from the Hugging Face Hub that does not pin the commit it takes. */
public final class HuggingFaceUnpinnedRevisionRule extends CallRule {

  private static final List<String> DOWNLOADS =
      Signatures.known().requireAll(List.of("huggingface_hub.hf_hub_download", "huggingface_hub.snapshot_download",
          "huggingface_hub.file_download.hf_hub_download", "huggingface_hub._snapshot_download.snapshot_download"));

  /** Libraries whose {@code from_pretrained} fetches from the Hub. */
  private static final List<String> HUB_LIBRARIES =
      List.of("transformers.", "diffusers.", "peft.", "optimum.", "huggingface_hub.");

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

  private static final RuleMetadata METADATA = new RuleMetadata("BW615", "huggingface-unpinned-revision",
      "Hugging Face Hub download without a pinned commit revision", Severity.MEDIUM, Confidence.HIGH,
      List.of(494), List.of("B615"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `from_pretrained` of transformers, diffusers, peft, optimum and huggingface_hub classes, "
              + "`hf_hub_download` and `snapshot_download` calls whose `revision` is missing or is not a full "
              + "40-character commit hash.",
          "Without a pinned commit the call takes whatever the repository's branch or tag points to today. "
              + "Whoever controls the repository, or takes over its account, can swap the files later, and model "
              + "files can carry code: pickled weights, or `trust_remote_code` modules.",
          "model = AutoModel.from_pretrained(\"org/model\")",
          "model = AutoModel.from_pretrained(\"org/model\", revision=\"<the 40-character commit hash>\")",
          "Pass revision= with the full commit hash you reviewed.",
          "Loads from a local directory (a path starting with `/`, `.` or `~`, or `local_files_only=True`) "
              + "are not reported, and neither is a `revision` computed at run time. A relative path such as "
              + "`models/bert` looks like a Hub id and is reported. Silence one finding with "
              + "`# bulwark: ignore[BW615]`.",
          List.of("https://cwe.mitre.org/data/definitions/494.html",
              "https://huggingface.co/docs/huggingface_hub/guides/download")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(DOWNLOADS, HUB_LIBRARIES);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty() || !isHubDownload(name.get()) || isLocal(call, context)) {
      return;
    }
    BoundArguments arguments = context.arguments(call);
    Optional<Expr> revision = arguments.argument("revision");
    if (revision.isEmpty()) {
      if (!arguments.isError() && !CallArguments.hasKeywordUnpacking(call)) {
        context.report(call, shortName(name.get()) + " without revision= takes whatever the repository holds "
            + "at download time; pin a commit hash");
      }
      return;
    }
    Optional<String> pinned = context.constantString(revision.get());
    if (pinned.isPresent() && !COMMIT.matcher(pinned.get()).matches()) {
      context.report(call, shortName(name.get()) + " with revision=\"" + pinned.get()
          + "\", a name that can move; pin a 40-character commit hash");
    }
  }

  private static boolean isHubDownload(String name) {
    if (DOWNLOADS.contains(name)) {
      return true;
    }
    if (!name.endsWith(".from_pretrained")) {
      return false;
    }
    for (String library : HUB_LIBRARIES) {
      if (name.startsWith(library)) {
        return true;
      }
    }
    return false;
  }

  /** A constant local path, or {@code local_files_only=True}, means nothing is downloaded. */
  private static boolean isLocal(Expr.Call call, RuleContext context) {
    BoundArguments arguments = context.arguments(call);
    if (Constants.isTrue(arguments.argument("local_files_only"), context)) {
      return true;
    }
    // hf_hub_download(repo_id, ...); from_pretrained(pretrained_model_name_or_path, ...), whose many
    // classes have no signature here
    Optional<Expr> source = arguments.argument("repo_id").or(arguments::first)
        .or(() -> arguments.argument("pretrained_model_name_or_path"));
    Optional<String> path = source.flatMap(context::constantString);
    return path.isPresent() && (path.get().startsWith("/") || path.get().startsWith(".")
        || path.get().startsWith("~"));
  }

  private static String shortName(String name) {
    int dot = name.lastIndexOf('.', name.lastIndexOf('.') - 1);
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
