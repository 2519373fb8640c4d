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
import java.util.Optional;

/** {@code torch.load} allowed to unpickle arbitrary objects. */
public final class TorchLoadRule extends CallRule {

  private static final List<String> FUNCTIONS =
      Signatures.known().requireAll(List.of("torch.load", "torch.serialization.load"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW614", "torch-load-unsafe",
      "torch.load without weights_only=True", Severity.MEDIUM, Confidence.HIGH, List.of(502),
      List.of("B614"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `torch.load` calls that pass `weights_only=False`, or leave it out, or pass a "
              + "`pickle_module` (which turns the restriction off).",
          "A PyTorch checkpoint is a zip of pickles. Unless `weights_only=True` restricts the unpickler to "
              + "tensors and plain containers, loading a checkpoint runs whatever code its author put in it, "
              + "and model files are routinely downloaded from strangers. PyTorch made `weights_only=True` "
              + "the default only in version 2.6.",
          "model.load_state_dict(torch.load(path))",
          "model.load_state_dict(torch.load(path, weights_only=True))",
          "Pass weights_only=True; for models kept as whole objects, save and share a state_dict or "
              + "safetensors file instead.",
          "On PyTorch 2.6 and later a call without `weights_only` is already restricted, so that case is "
              + "reported at medium confidence; a non-constant `weights_only` is reported at low confidence. "
              + "Silence one finding with `# bulwark: ignore[BW614]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://pytorch.org/docs/stable/generated/torch.load.html")));

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
    if (!context.isAnyOf(call.func(), FUNCTIONS)) {
      return;
    }
    BoundArguments arguments = context.arguments(call);
    Optional<Expr> weightsOnly = arguments.argument("weights_only");
    if (weightsOnly.isPresent()) {
      if (Constants.isFalse(weightsOnly, context)) {
        context.report(call, "torch.load with weights_only=False unpickles arbitrary objects from the file");
      } else if (!Constants.isTrue(weightsOnly, context)) {
        context.report(call, "torch.load with a weights_only that may be false: the file could run code",
            Severity.MEDIUM, Confidence.LOW);
      }
      return;
    }
    if (!arguments.isCertain("weights_only")) {
      // **kwargs may carry it
      return;
    }
    // a custom pickle_module switches the default back to full unpickling, even on PyTorch 2.6+
    if (arguments.argument("pickle_module").isPresent()) {
      context.report(call, "torch.load with a pickle_module and no weights_only=True unpickles arbitrary objects");
    } else {
      context.report(call, "torch.load without weights_only=True: before PyTorch 2.6 it unpickles arbitrary "
          + "objects from the file", Severity.MEDIUM, Confidence.MEDIUM);
    }
  }
}
