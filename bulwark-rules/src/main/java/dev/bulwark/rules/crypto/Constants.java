package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import java.util.List;
import java.util.Optional;

/**
 * How the crypto rules read arguments: boolean-like constants such as {@code verify=False}, the
 * items of a literal collection, and the short names of what they resolve to.
 */
final class Constants {
  private Constants() {}

  /** A constant Python takes as false and that an API cannot read as "use the default": False or 0. */
  static boolean isFalse(Optional<PyConstant> value) {
    if (value.isEmpty()) {
      return false;
    }
    PyConstant v = value.get();
    if (v instanceof PyConstant.PyBool b) {
      return !b.value();
    }
    return v instanceof PyConstant.PyInt i && i.value().signum() == 0;
  }

  /** The value of an integer constant, if it is one that fits an int. */
  static Optional<Integer> intValue(Optional<PyConstant> value) {
    if (value.isPresent() && value.get() instanceof PyConstant.PyInt i && i.value().bitLength() < 31) {
      return Optional.of(i.value().intValue());
    }
    return Optional.empty();
  }

  /** The items of a tuple, list or set display: {@code ("none", "HS256")}. */
  static Optional<List<Expr>> elements(Expr e) {
    if (e instanceof Expr.Tuple t) {
      return Optional.of(t.elts());
    }
    if (e instanceof Expr.List l) {
      return Optional.of(l.elts());
    }
    return e instanceof Expr.Set s ? Optional.of(s.elts()) : Optional.empty();
  }

  /** The last dotted part of a qualified name: {@code MD5} for {@code Crypto.Hash.MD5}. */
  static String lastPart(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return dot < 0 ? qualified : qualified.substring(dot + 1);
  }

  /**
   * The algorithm a factory makes: {@code MD5} for PyCrypto's {@code Crypto.Hash.MD5.new} as for
   * cryptography's {@code hashes.MD5}, since PyCrypto names the module and cryptography the class.
   */
  static String algorithm(String factory) {
    String name = factory.endsWith(".new") ? factory.substring(0, factory.length() - ".new".length()) : factory;
    return lastPart(name);
  }
}
