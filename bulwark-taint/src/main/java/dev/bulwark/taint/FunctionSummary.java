package dev.bulwark.taint;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a project function does with its arguments, as seen from a call in another module: small,
 * and free of syntax trees, so that the summaries of a whole project stay in memory while its files
 * are checked one by one.
 *
 * @param params the parameter names, in order (positional ones first, then keyword-only)
 * @param returnedParams the parameters whose value reaches the return value, each with the sink kinds
 *     it is made safe for on the way
 * @param returnedSource attacker data the function returns whatever its arguments, or null
 * @param sinks parameters that reach a sink inside the function (or in functions it calls)
 * @param objects what the function does with the objects it is given and what objects it returns
 *     ({@link ObjectSummary}); {@link ObjectSummary#NONE} when nothing is known
 */
public record FunctionSummary(List<String> params, Map<Integer, Set<SinkKind>> returnedParams,
    ReturnedSource returnedSource, List<ParamSink> sinks, ObjectSummary objects) {

  /** A summary that knows nothing of objects. */
  public FunctionSummary(List<String> params, Map<Integer, Set<SinkKind>> returnedParams,
      ReturnedSource returnedSource, List<ParamSink> sinks) {
    this(params, returnedParams, returnedSource, sinks, ObjectSummary.NONE);
  }

  public FunctionSummary {
    objects = objects == null ? ObjectSummary.NONE : objects;
    params = List.copyOf(params);
    Map<Integer, Set<SinkKind>> copy = new TreeMap<>();
    returnedParams.forEach((k, v) -> copy.put(k, v.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(v))));
    returnedParams = java.util.Collections.unmodifiableMap(copy);
    sinks = List.copyOf(sinks);
  }

  /** Source data a function returns: where it comes from, whether only the local user controls it, what it is safe for. */
  public record ReturnedSource(String source, boolean local, Set<SinkKind> safeFor) {
    public ReturnedSource {
      safeFor = Set.copyOf(safeFor);
    }
  }

  /**
   * A parameter that reaches a sink.
   *
   * @param sink the sink call as written there ({@code cursor.execute})
   * @param where the function and line of the sink, for messages ({@code app.db.run_query, line 12})
   * @param safeFor the sink kinds the value is made safe for before it gets there
   */
  public record ParamSink(int param, SinkKind kind, String sink, String where, Set<SinkKind> safeFor) {
    public ParamSink {
      safeFor = Set.copyOf(safeFor);
    }
  }

  /** Whether the summary says anything a caller can use. */
  public boolean isEmpty() {
    return returnedParams.isEmpty() && returnedSource == null && sinks.isEmpty() && objects.isEmpty();
  }
}
