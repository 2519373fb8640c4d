package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import java.util.List;
import java.util.Optional;

/** A block cipher run in ECB mode, which encrypts equal blocks to equal ciphertext. */
public final class EcbModeRule extends CallRule {

  private static final List<String> CRYPTOGRAPHY_ECB = List.of("cryptography.hazmat.primitives.ciphers.modes.ECB");

  private static final RuleMetadata METADATA = new RuleMetadata("BW305", "ecb-cipher-mode",
      "block cipher used in ECB mode", Severity.MEDIUM, Confidence.HIGH, List.of(327), List.of("B305", "S305"),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `cryptography`'s `modes.ECB()` and PyCrypto/PyCryptodome block ciphers created with "
              + "`MODE_ECB`. A PyCrypto `new(key)` call with no mode at all is reported too: PyCrypto then "
              + "falls back to ECB (PyCryptodome refuses such a call, so it only runs under PyCrypto).",
          "ECB encrypts each block on its own, so equal plaintext blocks give equal ciphertext blocks: the "
              + "shape of the data shows through, and blocks can be cut, reordered and replayed without the key.",
          "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n"
              + "cipher = Cipher(algorithms.AES(key), modes.ECB())",
          "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
              + "sealed = AESGCM(key).encrypt(nonce, data, None)",
          "Use an authenticated mode (GCM, or ChaCha20-Poly1305) with a fresh nonce per message.",
          "Encrypting exactly one block of random data (a key-wrapping building block) does not leak through "
              + "ECB; silence such a finding with `# bulwark: ignore[BW305]`.",
          List.of("https://cwe.mitre.org/data/definitions/327.html",
              "https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#insecure-modes")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(CRYPTOGRAPHY_ECB, PyCryptoCiphers.BLOCK_NEW);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (Resolver.isAnyOf(context, call.func(), CRYPTOGRAPHY_ECB)) {
      context.report(call, "ECB mode leaks patterns of the plaintext; use an authenticated mode such as GCM");
      return;
    }
    Optional<String> cipher = Resolver.which(context, call.func(), PyCryptoCiphers.BLOCK_NEW);
    if (cipher.isEmpty()) {
      return;
    }
    BoundArguments arguments = context.arguments(call, cipher.get());
    Optional<Expr> mode = arguments.argument("mode");
    if (mode.isPresent()) {
      if (PyCryptoCiphers.isMode(context.model(), context.scope(), mode.get(), "ECB")) {
        context.report(call, "MODE_ECB leaks patterns of the plaintext; use an authenticated mode such as MODE_GCM");
      }
    } else if (arguments.isAbsent("mode") && arguments.argument("key").isPresent()) {
      context.report(call, "cipher created without a mode: PyCrypto then uses ECB, which leaks patterns of the "
          + "plaintext", Severity.MEDIUM, Confidence.MEDIUM);
    }
  }
}
