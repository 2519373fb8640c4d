package dev.bulwark.taint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a project function does with objects, as seen from a call in another module: which attribute
 * chains of its parameters it returns ({@code return self.request.form.get(name)}), which parameters a
 * constructor keeps as attributes ({@code self.request = request}), which classes a factory returns
 * instances of, and how the function is bound when it is a method.
 *
 * @param reads attribute chains of parameters that reach the return value
 * @param stores for a constructor: the attribute of the instance each parameter is kept in, by attribute
 * @param returnedClasses qualified names of the classes whose instances the function may return
 * @param binding how a method receives its first parameter
 * @param returnedFunction the summary of a function defined inside this one and returned (a closure), or null
 * @param invokes the calls of a parameter with other parameters as arguments ({@code return fn(value)})
 */
public record ObjectSummary(List<Read> reads, Map<String, Integer> stores, Set<String> returnedClasses,
    Binding binding, FunctionSummary returnedFunction, List<Invoke> invokes) {

  /** Nothing known. */
  public static final ObjectSummary NONE = new ObjectSummary(List.of(), Map.of(), Set.of(), Binding.PLAIN, null,
      List.of());

  /**
   * A parameter called with other parameters as its arguments, in order: a callback. {@code returned}:
   * the call's result is returned.
   */
  public record Invoke(int function, List<Integer> args, boolean returned) {
    public Invoke {
      args = List.copyOf(args);
    }
  }

  /** How a function defined in a class gets its first parameter. */
  public enum Binding {
    /** A function, or a method: the instance is the first parameter when called through one. */
    PLAIN,
    /** {@code @staticmethod}: no implicit parameter. */
    STATIC,
    /** {@code @classmethod}: the class is the first parameter, through the class or an instance. */
    CLASS
  }

  /**
   * An attribute chain read off a parameter: {@code [request, form, get()]} for
   * {@code self.request.form.get(...)} off parameter 0. A segment ending in {@code ()} is a method
   * called there, {@code []} an item read.
   */
  public record Read(int param, List<String> path) {
    public Read {
      path = List.copyOf(path);
    }
  }

  public ObjectSummary {
    reads = List.copyOf(reads);
    stores = Map.copyOf(stores);
    returnedClasses = Set.copyOf(returnedClasses);
    invokes = List.copyOf(invokes);
  }

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return reads.isEmpty() && stores.isEmpty() && returnedClasses.isEmpty() && binding == Binding.PLAIN
        && returnedFunction == null && invokes.isEmpty();
  }

  /** How many leading parameters a call through an instance fills with the receiver. */
  int receiverParams() {
    return binding == Binding.STATIC ? 0 : 1;
  }

  /** How many leading parameters a call through the class fills implicitly. */
  int classParams() {
    return binding == Binding.CLASS ? 1 : 0;
  }
}
