package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Loading objects with pickle or one of the libraries built on it. */
public final class PickleLoadRule extends DangerousCallRule {

  // Every entry rebuilds arbitrary objects through pickle's protocol: shelve and pandas store
  // pickles, dill and jsonpickle extend the format, _pickle and cPickle are its C implementations.
  private static final List<String> FUNCTIONS = List.of(
      "pickle.load", "pickle.loads", "pickle.Unpickler",
      "_pickle.load", "_pickle.loads", "_pickle.Unpickler",
      "cPickle.load", "cPickle.loads", "cPickle.Unpickler",
      "dill.load", "dill.loads", "dill.Unpickler",
      "shelve.open", "shelve.Shelf", "shelve.BsdDbShelf", "shelve.DbfilenameShelf",
      "jsonpickle.decode", "jsonpickle.unpickler.decode", "jsonpickle.unpickler.Unpickler",
      "pandas.read_pickle");

  private static final RuleMetadata METADATA = new RuleMetadata("BW301", "pickle-load",
      "Deserialization with pickle or a pickle-based library", Severity.MEDIUM, Confidence.HIGH, List.of(502),
      List.of("B301", "S301"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls that turn bytes back into objects through pickle: `pickle.load`/`loads`/`Unpickler` "
              + "(and `_pickle`, `cPickle`), `dill`, `shelve.open` and the shelf classes, `jsonpickle.decode` "
              + "and `pandas.read_pickle`.",
          "A pickle is a small program for a stack machine, not a data format. Loading one may import any "
              + "module and call any function the stream names, so whoever can write the bytes can run code "
              + "in your process. There is no safe mode and no way to validate a pickle before loading it.",
          "def restore(blob):\n    return pickle.loads(blob)",
          "def restore(blob):\n    return json.loads(blob)",
          "Exchange data in a format that holds only data (JSON, MessagePack, protobuf); if pickle must stay, "
              + "load only bytes you wrote yourself and authenticate them (e.g. with an HMAC) first.",
          "Loading a pickle the program itself wrote to a place nobody else can write is safe; a constant "
              + "argument (bytes or a fixed path) is reported at low severity. An `Unpickler` subclass that "
              + "restricts `find_class` is the documented way to limit what loads, and is not reported. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW808 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence "
              + "one finding with `# bulwark: ignore[BW301]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://docs.python.org/3/library/pickle.html#restricting-globals")));

  public PickleLoadRule() {
    super(METADATA, FUNCTIONS, "unpickling untrusted data can run arbitrary code");
  }

  @Override
  java.util.Set<dev.bulwark.taint.SinkKind> taintKinds() {
    return java.util.Set.of(dev.bulwark.taint.SinkKind.DESERIALIZATION);
  }
}
