package dev.bulwark.semantic;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import java.util.Optional;

/**
 * Plain lookups in a call's arguments, for callees without a known signature: a keyword, a
 * position, whether {@code **kwargs} is passed. Parameters of known callees are bound by their
 * {@link Signature} instead (see {@link BoundArguments}).
 */
public final class CallArguments {
  private CallArguments() {}

  /**
   * The argument at {@code position} among the positional ones, for callees without a known
   * signature (see {@link BoundArguments}); empty when it is absent or a {@code *args} before it
   * makes its place unknowable.
   */
  public static Optional<Expr> positional(Expr.Call call, int position) {
    for (int i = 0; i < call.args().size() && i <= position; i++) {
      Expr a = call.args().get(i);
      if (a instanceof Expr.Starred) {
        return Optional.empty();
      }
      if (i == position) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The value passed as {@code name=...}, if any. */
  public static Optional<Expr> keyword(Expr.Call call, String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Keyword k : call.keywords()) {
      if (name.equals(k.arg())) {
        return Optional.of(k.value());
      }
    }
    return Optional.empty();
  }

  /** Whether the call passes {@code **kwargs}, which may hide any keyword. */
  public static boolean hasKeywordUnpacking(Expr.Call call) {
    for (Keyword k : call.keywords()) {
      if (k.arg() == null) {
        return true;
      }
    }
    return false;
  }
}
