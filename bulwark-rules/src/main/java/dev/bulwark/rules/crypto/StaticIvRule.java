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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A cipher mode or AEAD given an IV or nonce that is the same on every run. */
public final class StaticIvRule extends CallRule {

  /** Where a call takes its IV or nonce. */
  private record Slot(int position, String keyword) {}

  private static final String MODES = "cryptography.hazmat.primitives.ciphers.modes.";
  private static final String AEAD = "cryptography.hazmat.primitives.ciphers.aead.";

  private static final Map<String, Slot> CONSTRUCTORS = constructors();
  /** AEAD classes whose {@code encrypt(nonce, data, aad)} needs a fresh nonce each time (not AES-GCM-SIV). */
  private static final List<String> AEAD_CLASSES = List.of(AEAD + "AESGCM", AEAD + "AESCCM", AEAD + "AESOCB3",
      AEAD + "ChaCha20Poly1305");

  private static final RuleMetadata METADATA = new RuleMetadata("BW921", "static-iv-or-nonce",
      "cipher given a fixed IV or nonce", Severity.HIGH, Confidence.HIGH, List.of(329, 323), List.of(),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds IVs and nonces that are the same on every run: literals, and values built only from "
              + "literals (`b\"\\0\" * 16`, `bytes(16)`, `bytes.fromhex(...)`, `\"...\".encode()`, names bound "
              + "once to such a value). It looks at `cryptography`'s `modes.CBC/CTR/GCM/OFB/CFB/CFB8(iv)`, "
              + "`algorithms.ChaCha20(key, nonce)` and the `encrypt(nonce, ...)` of `AESGCM`, `AESCCM`, "
              + "`AESOCB3` and `ChaCha20Poly1305`, and at PyCrypto/PyCryptodome `Cipher.<X>.new(key, mode, iv)` "
              + "with `iv=` or `nonce=`.",
          "An IV or nonce must not repeat under one key. With CBC a fixed IV makes equal messages encrypt "
              + "equally and leaks common prefixes; with CTR, GCM or ChaCha20 a repeated nonce reuses the "
              + "keystream, so XORing two ciphertexts gives the XOR of the plaintexts, and GCM's "
              + "authentication key can be recovered, allowing forgeries.",
          "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
              + "sealed = AESGCM(key).encrypt(b\"\\x00\" * 12, data, None)",
          "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
              + "nonce = os.urandom(12)\nsealed = nonce + AESGCM(key).encrypt(nonce, data, None)",
          "Draw a fresh IV or nonce from os.urandom (or secrets.token_bytes) for every message and send it "
              + "along with the ciphertext.",
          "A fixed nonce is safe only when each key encrypts a single message (for example a key derived "
              + "per file); known-answer tests also use fixed vectors. Silence such a finding with "
              + "`# bulwark: ignore[BW921]`.",
          List.of("https://cwe.mitre.org/data/definitions/329.html",
              "https://cwe.mitre.org/data/definitions/323.html",
              "https://cryptography.io/en/latest/hazmat/primitives/aead/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(CONSTRUCTORS.keySet(), PyCryptoCiphers.ALL_NEW, AEAD_CLASSES);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> constructor = Resolver.which(context, call.func(), CONSTRUCTORS.keySet());
    if (constructor.isPresent()) {
      Slot slot = CONSTRUCTORS.get(constructor.get());
      check(call, context.argument(call, slot.position(), slot.keyword()), context);
      return;
    }
    if (isAeadEncrypt(call, context)) {
      check(call, context.argument(call, 0, "nonce"), context);
      return;
    }
    if (Resolver.isAnyOf(context, call.func(), PyCryptoCiphers.ALL_NEW)) {
      for (String keyword : List.of("iv", "IV", "nonce")) {
        Optional<Expr> value = context.argument(call, -1, keyword);
        if (value.isPresent()) {
          check(call, value, context);
          return;
        }
      }
      if (Resolver.isAnyOf(context, call.func(), PyCryptoCiphers.names(List.of("Salsa20"), ".new"))) {
        check(call, context.argument(call, 1, null), context);
      } else if (Resolver.isAnyOf(context, call.func(), PyCryptoCiphers.BLOCK_NEW)) {
        check(call, context.argument(call, 2, null), context);
      }
    }
  }

  private static void check(Expr.Call call, Optional<Expr> iv, RuleContext context) {
    if (iv.isEmpty() || !StaticValues.isStatic(context.model(), context.scope(), iv.get())) {
      return;
    }
    String what = StaticValues.isZeroFilled(context.model(), context.scope(), iv.get()) ? "an all-zero" : "a fixed";
    context.report(call, "cipher given " + what + " IV/nonce: it repeats on every run under the same key; draw a "
        + "fresh one with os.urandom for each message");
  }

  /** {@code AESGCM(key).encrypt(...)}, or {@code .encrypt(...)} on a name bound once to such an object. */
  private static boolean isAeadEncrypt(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("encrypt")) {
      return false;
    }
    return Resolver.madeBy(context.model(), context.scope(), a.value(), AEAD_CLASSES);
  }

  private static Map<String, Slot> constructors() {
    Map<String, Slot> out = new HashMap<>();
    for (String mode : List.of("CBC", "GCM", "OFB", "CFB", "CFB8")) {
      out.put(MODES + mode, new Slot(0, "initialization_vector"));
    }
    out.put(MODES + "CTR", new Slot(0, "nonce"));
    out.put("cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20", new Slot(1, "nonce"));
    return Map.copyOf(out);
  }

}
