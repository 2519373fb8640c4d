package dev.bulwark.rules.config;

import dev.bulwark.python.ast.PyConstant;
import java.util.Optional;

/** Small questions about folded constants that several rules of this package ask. */
final class Constants {
  private Constants() {}

  /** Whether a known constant is one Python takes as true; unknown values are not. */
  static boolean isTruthy(Optional<PyConstant> value) {
    return value.isPresent() && truth(value.get()) == Boolean.TRUE;
  }

  /** Whether a known constant is one Python takes as false; unknown values are not. */
  static boolean isFalsy(Optional<PyConstant> value) {
    return value.isPresent() && truth(value.get()) == Boolean.FALSE;
  }

  /** Python's truth value of a constant, or null for kinds where we do not care to say. */
  private static Boolean truth(PyConstant v) {
    if (v instanceof PyConstant.PyBool b) {
      return b.value();
    }
    if (v instanceof PyConstant.PyNone) {
      return false;
    }
    if (v instanceof PyConstant.PyInt i) {
      return i.value().signum() != 0;
    }
    if (v instanceof PyConstant.PyStr s) {
      return !s.value().isEmpty();
    }
    return null;
  }

  static boolean isNone(Optional<PyConstant> value) {
    return value.isPresent() && value.get() instanceof PyConstant.PyNone;
  }
}
