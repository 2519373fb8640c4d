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
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/**
 * Loaders from the scientific stack that read pickles: {@code joblib.load} and
 * {@code numpy.load(allow_pickle=True)}.
 */
public final class PickleBackedLoadRule extends CallRule {

  private static final List<String> JOBLIB = List.of("joblib.load", "sklearn.externals.joblib.load");

  private static final List<String> NUMPY = Signatures.known().requireAll(List.of("numpy.load"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW940", "joblib-numpy-pickle-load",
      "joblib.load or numpy.load(allow_pickle=True) on data that may be untrusted", Severity.MEDIUM,
      Confidence.HIGH, List.of(502), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `joblib.load` calls, and `numpy.load` calls that pass `allow_pickle=True`.",
          "joblib stores models as pickles, and `numpy.load` with `allow_pickle=True` unpickles any object "
              + "array in an `.npy` or `.npz` file. Either way, loading a file runs code its author chose, "
              + "and models and data sets are often fetched from shared drives or the internet.",
          "clf = joblib.load(uploaded_path)\narr = np.load(path, allow_pickle=True)",
          "booster = xgboost.Booster(model_file=\"model.json\")\narr = np.load(path)",
          "Load only files the program wrote itself or verified (e.g. by hash); save models in a format "
              + "without code (ONNX, safetensors, a library's own JSON) and keep allow_pickle off.",
          "A constant path names a file the developer chose and is reported at low severity. "
              + "`pandas.read_pickle` is covered by BW301. Silence one finding with "
              + "`# bulwark: ignore[BW940]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://joblib.readthedocs.io/en/stable/persistence.html",
              "https://numpy.org/doc/stable/reference/generated/numpy.load.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(JOBLIB, NUMPY);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty()) {
      return;
    }
    String risk;
    if (JOBLIB.contains(name.get())) {
      risk = "joblib files are pickles, and loading one can run arbitrary code";
    } else if (NUMPY.contains(name.get()) && Constants.isTrue(context.argument(call, "allow_pickle"), context)) {
      risk = "allow_pickle=True unpickles object arrays, which can run arbitrary code";
    } else {
      return;
    }
    // joblib.load(filename, ...), numpy.load(file, ...)
    if (Constants.isFixedData(context.arguments(call).first(), context)) {
      context.report(call, name.get() + " of a constant path: " + risk, Severity.LOW, Confidence.HIGH);
    } else {
      context.report(call, name.get() + ": " + risk);
    }
  }
}
