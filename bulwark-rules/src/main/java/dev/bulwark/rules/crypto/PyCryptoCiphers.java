package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.semantic.Signatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PyCrypto/PyCryptodome's {@code Cipher.<X>.new(key, mode, ...)} factories, shared by the rules
 * that ask which mode a cipher runs in.
 */
final class PyCryptoCiphers {
  private PyCryptoCiphers() {}

  static final List<String> ROOTS = List.of("Crypto", "Cryptodome");

  /** The block ciphers, whose {@code new} takes a mode. */
  static final List<String> BLOCK = List.of("AES", "DES", "DES3", "Blowfish", "CAST", "ARC2");

  /** Every cipher module whose {@code new} takes a key. */
  static final List<String> ALL = List.of("AES", "DES", "DES3", "Blowfish", "CAST", "ARC2", "ARC4", "XOR",
      "ChaCha20", "ChaCha20_Poly1305", "Salsa20");

  static final List<String> BLOCK_NEW = Signatures.known().requireAll(names(BLOCK, ".new"));
  static final List<String> ALL_NEW = Signatures.known().requireAll(names(ALL, ".new"));

  /** {@code Crypto.Cipher.AES.new}, ... for each root and module. */
  static List<String> names(List<String> modules, String suffix) {
    return names("Cipher", modules, suffix);
  }

  /** {@code <root>.<subpackage>.<module><suffix>} for each root and module, e.g. {@code Crypto.Hash.MD5.new}. */
  static List<String> names(String subpackage, List<String> modules, String suffix) {
    List<String> out = new ArrayList<>();
    for (String root : ROOTS) {
      for (String m : modules) {
        out.add(root + "." + subpackage + "." + m + suffix);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The first of {@code names} that the callee of {@code call} may stand for, seen from {@code scope}:
   * the factory a rule then names when it binds the call's arguments.
   */
  static Optional<String> which(SemanticModel model, Scope scope, Expr.Call call, List<String> names) {
    for (String candidate : Resolver.candidates(model, scope, call.func())) {
      if (names.contains(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code mode} names {@code MODE_<name>} of any PyCrypto cipher module, e.g. {@code AES.MODE_CBC}. */
  static boolean isMode(SemanticModel model, Scope scope, Expr mode, String name) {
    for (String candidate : Resolver.candidates(model, scope, mode)) {
      for (String root : ROOTS) {
        if (candidate.startsWith(root + ".Cipher.") && candidate.endsWith(".MODE_" + name)) {
          return true;
        }
      }
    }
    return false;
  }
}
