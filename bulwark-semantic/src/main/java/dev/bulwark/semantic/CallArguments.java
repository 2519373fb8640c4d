package dev.bulwark.semantic;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Keyword;
import java.util.Optional;

/** Finds the argument that fills a parameter of a call, by keyword or by position. */
public final class CallArguments {
  private CallArguments() {}

  /**
   * The expression passed for a parameter, given by {@code keyword} or at {@code position}
   * (-1 for keyword-only). Empty when it is absent, or when a {@code *args} before that position
   * makes the position unknowable.
   */
  public static Optional<Expr> argument(Expr.Call call, int position, String keyword) {
    Optional<Expr> byName = keyword(call, keyword);
    if (byName.isPresent() || position < 0) {
      return byName;
    }
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
