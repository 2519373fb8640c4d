package dev.bulwark.semantic;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call's arguments mapped onto the parameters of the callee, as CPython would map them: which
 * expression each parameter receives, whether a {@code *args} or {@code **kwargs} in the call could
 * change that answer, and whether the call cannot bind at all (CPython would raise a
 * {@code TypeError} before the callee runs).
 *
 * <p>Missing required arguments are not an error here: rules ask about what a call passes, and a
 * parameter left out simply receives nothing. When the callee is unknown ({@link #byKeyword}), only
 * keywords can be matched to parameter names.
 */
public final class BoundArguments {

  private final Signature signature;
  private final Expr.Call unknownCall;
  private final Expr[] values;
  /** The first parameter slot a {@code *iterable} in the call may fill, or -1. */
  private final int unpackedFrom;
  private final boolean keywordUnpacking;
  /** Keywords taken by {@code **kwargs}, or not listed by a partial signature. */
  private final Map<String, Expr> extraKeywords;
  private final BoundArguments forwarded;
  private final String error;

  BoundArguments(Signature signature, Expr[] values, int unpackedFrom, boolean keywordUnpacking,
      Map<String, Expr> extraKeywords, BoundArguments forwarded, String error) {
    this.signature = signature;
    this.unknownCall = null;
    this.values = values;
    this.unpackedFrom = unpackedFrom;
    this.keywordUnpacking = keywordUnpacking;
    this.extraKeywords = extraKeywords;
    this.forwarded = forwarded;
    this.error = error;
  }

  private BoundArguments(Expr.Call call) {
    this.signature = null;
    this.unknownCall = call;
    this.values = new Expr[0];
    this.unpackedFrom = -1;
    this.keywordUnpacking = CallArguments.hasKeywordUnpacking(call);
    this.extraKeywords = Map.of();
    this.forwarded = null;
    this.error = null;
  }

  /**
   * The arguments of a call whose callee has no known signature: a parameter is found only when it
   * is passed by keyword, and its absence is never certain.
   */
  public static BoundArguments byKeyword(Expr.Call call) {
    return new BoundArguments(call);
  }

  /** The signature the call was bound to; empty for {@link #byKeyword}. */
  public Optional<Signature> signature() {
    return Optional.ofNullable(signature);
  }

  /**
   * The expression passed for {@code parameter}: bound to it by position or keyword, or, for a
   * name the signature does not list, a keyword that its {@code **kwargs} (or the callable it
   * forwards to) takes. Empty when nothing is passed, when unpacking hides what is passed, for
   * {@code *args} and {@code **kwargs} themselves, and for a call that cannot bind.
   */
  public Optional<Expr> argument(String parameter) {
    if (signature == null) {
      return CallArguments.keyword(unknownCall, parameter);
    }
    if (error != null) {
      return Optional.empty();
    }
    int i = signature.indexOf(parameter);
    if (i >= 0) {
      return Optional.ofNullable(values[i]);
    }
    if (forwarded != null && !isVariadicName(parameter)) {
      return forwarded.argument(parameter);
    }
    return Optional.ofNullable(extraKeywords.get(parameter));
  }

  /**
   * The argument of the signature's first parameter, whatever its name: the data, file or document
   * that loaders and parsers take first ({@code pickle.loads(data)}, {@code lxml.etree.parse(source)}).
   * For an unknown callee, the first positional argument unless it is unpacked.
   */
  public Optional<Expr> first() {
    if (signature == null) {
      return CallArguments.positional(unknownCall, 0);
    }
    List<Parameter> ps = signature.parameters();
    if (ps.isEmpty() || ps.get(0).kind().isVariadic()) {
      return Optional.empty();
    }
    return argument(ps.get(0).name());
  }

  /**
   * Whether {@link #argument} is the whole truth for {@code parameter}: no {@code *iterable} or
   * {@code **mapping} in the call could fill it instead. A parameter given explicitly is certain
   * (were it also in the unpacked values, the call would fail). Not certain for a call that cannot bind.
   */
  public boolean isCertain(String parameter) {
    if (signature == null) {
      return CallArguments.keyword(unknownCall, parameter).isPresent();
    }
    if (error != null) {
      return false;
    }
    int i = signature.indexOf(parameter);
    if (i >= 0) {
      if (values[i] != null) {
        return true;
      }
      Parameter.Kind kind = signature.parameters().get(i).kind();
      boolean byPosition = kind.takesPosition() && unpackedFrom >= 0 && slotOf(i) >= unpackedFrom;
      boolean byKeyword = kind.takesKeyword() && keywordUnpacking;
      return !byPosition && !byKeyword;
    }
    if (forwarded != null && !isVariadicName(parameter)) {
      return forwarded.isCertain(parameter);
    }
    if (extraKeywords.containsKey(parameter)) {
      return true;
    }
    boolean takesAnyKeyword = signature.varKeywordIndex() >= 0 || signature.isPartial();
    return !(takesAnyKeyword && keywordUnpacking);
  }

  /** Whether the call certainly passes nothing for {@code parameter}: not given, not hidden, and the call binds. */
  public boolean isAbsent(String parameter) {
    return !isError() && argument(parameter).isEmpty() && isCertain(parameter);
  }

  /**
   * Whether CPython would refuse the call before the callee runs: a keyword for a positional-only
   * parameter, an unknown keyword, too many positional arguments, or a parameter given twice (also in
   * the callable the arguments are forwarded to). Rules should not trust such a call's arguments.
   */
  public boolean isError() {
    return error != null;
  }

  /** What is wrong with a call that cannot bind, e.g. {@code positional-only parameter 'data' given by keyword}. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  private boolean isVariadicName(String parameter) {
    return signature.parameter(parameter).map(p -> p.kind().isVariadic()).orElse(false);
  }

  private int slotOf(int parameterIndex) {
    int[] slots = signature.positionalSlots();
    for (int s = 0; s < slots.length; s++) {
      if (slots[s] == parameterIndex) {
        return s;
      }
    }
    return -1;
  }

  /** For tests and messages: each bound parameter and its argument's position in the source. */
  @Override
  public String toString() {
    if (signature == null) {
      StringBuilder out = new StringBuilder("keywords:");
      for (Keyword k : unknownCall.keywords()) {
        out.append(' ').append(k.arg() == null ? "**" : k.arg());
      }
      return out.toString();
    }
    if (error != null) {
      return signature.name() + ": " + error;
    }
    StringBuilder out = new StringBuilder(signature.name()).append(':');
    List<Parameter> ps = signature.parameters();
    for (int i = 0; i < ps.size(); i++) {
      if (values[i] != null) {
        out.append(' ').append(ps.get(i).name()).append('@').append(values[i].range().line()).append(':')
            .append(values[i].range().col());
      }
    }
    return out.toString();
  }
}
