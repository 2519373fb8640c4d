package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code pickle} or a module that loads pickles ({@code cPickle}, {@code dill}, {@code shelve}). */
public final class PickleImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW403", "pickle-import",
      "Import of pickle or a pickle-based module", Severity.LOW, Confidence.HIGH, List.of(502),
      List.of("B403", "S403"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `pickle`, `_pickle`, `cPickle`, `dill` and `shelve`.",
          "Every one of these modules can rebuild arbitrary objects from bytes, which means running "
              + "whatever code the bytes ask for. The import marks a place to check that nothing loaded "
              + "ever comes from outside.",
          "import pickle\nsession = pickle.loads(cookie)",
          "import json\nsession = json.loads(cookie)",
          "Prefer a data-only format such as JSON; where pickle stays, load only bytes the program "
              + "wrote and authenticated.",
          "A module that only dumps pickles, or loads its own cache, is safe; BW301 reports the "
              + "actual loads. Silence one finding with `# bulwark: ignore[BW403]`. This check is in "
              + "preview.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://docs.python.org/3/library/pickle.html")));

  public PickleImportRule() {
    super(METADATA, List.of("pickle", "_pickle", "cPickle", "dill", "shelve"),
        "loading a pickle can run arbitrary code; make sure only trusted bytes are ever loaded");
  }
}
