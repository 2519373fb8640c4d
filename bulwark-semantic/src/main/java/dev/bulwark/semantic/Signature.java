package dev.bulwark.semantic;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.semantic.Parameter.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a known callable, e.g. {@code subprocess.Popen(args, bufsize=-1, ...)}, read from
 * the signature table (see {@link Signatures}). Immutable; {@link #bind} maps a call's arguments onto
 * it the way CPython does.
 *
 * <p>Two additions to Python's own notion of a signature: a <em>partial</em> signature (written with a
 * trailing {@code ...}) lists only some of its keyword-only parameters, so a keyword it does not list
 * is not a binding error; and a signature may <em>forward</em> its {@code *args} and {@code **kwargs} to
 * another callable ({@code subprocess.run} passes them to {@code subprocess.Popen}), whose parameters
 * can then be asked for through it.
 */
public final class Signature {

  private final String name;
  private final List<Parameter> parameters;
  private final boolean partial;
  private final Signature forwardsTo;
  private final String origin;
  /** Indices into {@link #parameters} of the parameters that take a position, in order. */
  private final int[] positional;
  private final int varPositional;
  private final int varKeyword;
  /** Index of each parameter other than {@code *args} and {@code **kwargs}, by name. */
  private final Map<String, Integer> byName;
  /** The signature as seen through an instance ({@code obj.method(...)}): without {@code self}. */
  private final Signature boundMethod;

  /**
   * @param name the qualified name of the callable, e.g. {@code tarfile.TarFile.extractall}
   * @param parameters in order, as Python's rules for a {@code def} allow them
   * @param partial whether more keyword-only parameters exist than are listed
   * @param forwardsTo the signature of the callable that receives this one's {@code *args} and
   *     {@code **kwargs}, or null
   * @param origin where the signature was taken from, e.g. {@code cpython 3.13}
   * @throws IllegalArgumentException when the parameters break Python's rules (duplicate names,
   *     {@code /} after {@code *}, a parameter without default after one with, ...)
   */
  public Signature(String name, List<Parameter> parameters, boolean partial, Signature forwardsTo, String origin) {
    this(name, parameters, partial, forwardsTo, origin, true);
  }

  private Signature(String name, List<Parameter> parameters, boolean partial, Signature forwardsTo, String origin,
      boolean withBoundView) {
    this.name = java.util.Objects.requireNonNull(name, "name");
    this.parameters = List.copyOf(parameters);
    this.partial = partial;
    this.forwardsTo = forwardsTo;
    this.origin = origin;
    validate(this.parameters, partial, forwardsTo);
    List<Integer> slots = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    int star = -1;
    int starStar = -1;
    for (int i = 0; i < this.parameters.size(); i++) {
      Parameter p = this.parameters.get(i);
      if (p.kind().takesPosition()) {
        slots.add(i);
      }
      if (p.kind() == Kind.VAR_POSITIONAL) {
        star = i;
      } else if (p.kind() == Kind.VAR_KEYWORD) {
        starStar = i;
      } else {
        names.put(p.name(), i);
      }
    }
    this.positional = slots.stream().mapToInt(Integer::intValue).toArray();
    this.varPositional = star;
    this.varKeyword = starStar;
    this.byName = Map.copyOf(names);
    boolean method = withBoundView && !this.parameters.isEmpty() && this.parameters.get(0).name().equals("self")
        && this.parameters.get(0).kind().takesPosition();
    this.boundMethod = method
        ? new Signature(name, this.parameters.subList(1, this.parameters.size()), partial, forwardsTo, origin, false)
        : this;
  }

  private static void validate(List<Parameter> parameters, boolean partial, Signature forwardsTo) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    Kind last = null;
    boolean positionalDefault = false;
    for (Parameter p : parameters) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException("duplicate parameter '" + p.name() + "'");
      }
      Kind k = p.kind();
      if (last != null && k.ordinal() < last.ordinal()) {
        throw new IllegalArgumentException("parameter '" + p + "' is out of order: " + describe(k) + " after "
            + describe(last));
      }
      if (last == k && k.isVariadic()) {
        throw new IllegalArgumentException("more than one " + describe(k));
      }
      if (k.takesPosition()) {
        if (p.hasDefault()) {
          positionalDefault = true;
        } else if (positionalDefault) {
          throw new IllegalArgumentException("parameter '" + p.name() + "' without a default follows one with a "
              + "default");
        }
      }
      last = k;
    }
    if (partial && last == Kind.VAR_KEYWORD) {
      throw new IllegalArgumentException("'...' and **" + parameters.get(parameters.size() - 1).name()
          + " together: **kwargs already takes any keyword");
    }
    if (forwardsTo != null && parameters.stream().noneMatch(p -> p.kind().isVariadic())) {
      throw new IllegalArgumentException("forwards to " + forwardsTo.name()
          + " but has neither *args nor **kwargs to pass on");
    }
  }

  private static String describe(Kind k) {
    switch (k) {
      case POSITIONAL_ONLY:
        return "a positional-only parameter";
      case POSITIONAL_OR_KEYWORD:
        return "a positional-or-keyword parameter";
      case VAR_POSITIONAL:
        return "*args";
      case KEYWORD_ONLY:
        return "a keyword-only parameter";
      default:
        return "**kwargs";
    }
  }

  public String name() {
    return name;
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  /** Whether more keyword-only parameters exist than are listed (a trailing {@code ...}). */
  public boolean isPartial() {
    return partial;
  }

  /** The signature of the callable that receives this one's {@code *args} and {@code **kwargs}, if any. */
  public Optional<Signature> forwardsTo() {
    return Optional.ofNullable(forwardsTo);
  }

  /** Where the signature was taken from: {@code cpython 3.13}, {@code documented}, ... */
  public String origin() {
    return origin;
  }

  /** The parameter of that name, {@code *args} and {@code **kwargs} included. */
  public Optional<Parameter> parameter(String parameterName) {
    Integer i = byName.get(parameterName);
    if (i != null) {
      return Optional.of(parameters.get(i));
    }
    for (int v : new int[] {varPositional, varKeyword}) {
      if (v >= 0 && parameters.get(v).name().equals(parameterName)) {
        return Optional.of(parameters.get(v));
      }
    }
    return Optional.empty();
  }

  /** Whether this is a method written with its {@code self}: {@code tarfile.TarFile.extractall(self, ...)}. */
  public boolean isMethod() {
    return boundMethod != this;
  }

  /**
   * The signature of the callable as reached through an instance or its class, where Python fills
   * {@code self} itself: without the first parameter for a method, this signature otherwise.
   */
  public Signature boundMethod() {
    return boundMethod;
  }

  /** The same parameters under another name, for an alias such as {@code requests.api.get = requests.get}. */
  Signature renamed(String newName, String newOrigin) {
    return new Signature(newName, parameters, partial, forwardsTo, newOrigin);
  }

  /** Binds a call's arguments to these parameters; see {@link BoundArguments}. */
  public BoundArguments bind(Expr.Call call) {
    return ArgumentBinder.bind(this, call.args(), call.keywords());
  }

  int[] positionalSlots() {
    return positional;
  }

  int varPositionalIndex() {
    return varPositional;
  }

  int varKeywordIndex() {
    return varKeyword;
  }

  /** The index of a parameter that an argument can bind by name or position (not {@code *args}, {@code **kwargs}). */
  int indexOf(String parameterName) {
    Integer i = byName.get(parameterName);
    return i == null ? -1 : i;
  }

  /** The signature in the table's notation, e.g. {@code pickle.loads(data, /, *, fix_imports=True)}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name).append('(');
    Kind previous = null;
    for (Parameter p : parameters) {
      if (out.charAt(out.length() - 1) != '(') {
        out.append(", ");
      }
      if (previous == Kind.POSITIONAL_ONLY && p.kind() != Kind.POSITIONAL_ONLY) {
        out.append("/, ");
      }
      if (p.kind() == Kind.KEYWORD_ONLY && previous != Kind.KEYWORD_ONLY && previous != Kind.VAR_POSITIONAL) {
        out.append("*, ");
      }
      out.append(p);
      previous = p.kind();
    }
    if (previous == Kind.POSITIONAL_ONLY) {
      out.append(", /");
    }
    if (partial) {
      boolean keywordsOpen = previous == Kind.KEYWORD_ONLY || previous == Kind.VAR_POSITIONAL;
      out.append(parameters.isEmpty() ? "" : ", ").append(keywordsOpen ? "..." : "*, ...");
    }
    out.append(')');
    if (forwardsTo != null) {
      out.append(" => ").append(forwardsTo.name());
    }
    return out.toString();
  }
}
