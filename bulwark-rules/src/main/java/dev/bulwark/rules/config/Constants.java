package dev.bulwark.rules.config;

import dev.bulwark.python.ast.PyConstant;
import java.util.Optional;

/** Small questions about folded constants that several rules of this package ask. */
final class Constants {
  private Constants() {}

  /** Whether a known constant is one Python takes as true; unknown values are not. */
  static boolean isTruthy(Optional<PyConstant> value) {
    return value.isPresent() && value.get().truth();
  }

  /** Whether a known constant is one Python takes as false; unknown values are not. */
  static boolean isFalsy(Optional<PyConstant> value) {
    return value.isPresent() && !value.get().truth();
  }

  static boolean isNone(Optional<PyConstant> value) {
    return value.isPresent() && value.get() instanceof PyConstant.PyNone;
  }
}
