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

/** Keras model loading with its safe mode turned off. */
public final class KerasUnsafeDeserializationRule extends CallRule {

  private static final List<String> LOADERS =
      Signatures.known().requireAll(List.of("keras.models.load_model", "keras.saving.load_model",
          "keras.saving.deserialize_keras_object", "tensorflow.keras.models.load_model",
          "tensorflow.keras.saving.load_model", "tf_keras.models.load_model"));

  private static final List<String> SWITCHES = List.of("keras.config.enable_unsafe_deserialization",
      "tensorflow.keras.config.enable_unsafe_deserialization");

  private static final RuleMetadata METADATA = new RuleMetadata("BW948", "keras-unsafe-deserialization",
      "Keras model loading with safe_mode off", Severity.MEDIUM, Confidence.HIGH, List.of(502, 94), List.of(),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds Keras `load_model` and `deserialize_keras_object` calls with "
              + "`safe_mode=False`, and calls of `keras.config.enable_unsafe_deserialization()`.",
          "A Keras model can contain `Lambda` layers, whose Python bytecode is stored in the file and runs "
              + "when the model is used. Safe mode (on by default since Keras 3) refuses to load them; turning "
              + "it off lets a downloaded or uploaded model run any code in the process.",
          "model = keras.models.load_model(path, safe_mode=False)",
          "model = keras.models.load_model(path)",
          "Keep safe_mode on, and replace Lambda layers with registered custom layer classes that are "
              + "defined in your own code.",
          "Models the program built and saved itself are safe to load either way. Silence one finding with "
              + "`# bulwark: ignore[BW948]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://keras.io/api/models/model_saving_apis/model_saving_and_loading/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(LOADERS, SWITCHES);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (context.isAnyOf(call.func(), SWITCHES)) {
      context.report(call, "enable_unsafe_deserialization turns off Keras safe mode for every later load: "
          + "Lambda layers in a model file can run code");
    } else if (context.isAnyOf(call.func(), LOADERS)
        && Constants.isFalse(context.argument(call, "safe_mode"), context)) {
      context.report(call, "safe_mode=False lets Lambda layers in the model file run arbitrary code");
    }
  }
}
