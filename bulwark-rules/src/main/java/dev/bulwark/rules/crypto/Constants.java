package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.PyConstant;
import java.util.Optional;

/** How the crypto rules read boolean-like constant arguments such as {@code verify=False}. */
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

  /** The last dotted part of a qualified name: {@code MD5} for {@code Crypto.Hash.MD5}. */
  static String lastPart(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return dot < 0 ? qualified : qualified.substring(dot + 1);
  }
}
