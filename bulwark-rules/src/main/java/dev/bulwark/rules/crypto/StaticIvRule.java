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
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A cipher mode or AEAD given an IV or nonce that is the same on every run. */
public final class StaticIvRule extends CallRule {

  private static final String MODES = "cryptography.hazmat.primitives.ciphers.modes.";
  private static final String AEAD = "cryptography.hazmat.primitives.ciphers.aead.";

  /** The constructors that take an IV or nonce, and the name of that parameter. */
  private static final Map<String, String> CONSTRUCTORS = constructors();
  /** AEAD classes whose {@code encrypt(nonce, data, aad)} needs a fresh nonce each time (not AES-GCM-SIV). */
  private static final List<String> AEAD_CLASSES = List.of(AEAD + "AESGCM", AEAD + "AESCCM", AEAD + "AESOCB3",
      AEAD + "ChaCha20Poly1305");

  static {
    for (String c : AEAD_CLASSES) {
      Signatures.known().require(c + ".encrypt");
    }
  }

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
      check(call, context.argument(call, constructor.get(), CONSTRUCTORS.get(constructor.get())), context);
      return;
    }
    Optional<String> aead = aeadClass(call, context);
    if (aead.isPresent()) {
      check(call, context.argument(call, aead.get() + ".encrypt", "nonce"), context);
      return;
    }
    Optional<String> cipher = Resolver.which(context, call.func(), PyCryptoCiphers.ALL_NEW);
    if (cipher.isPresent()) {
      // new(key, mode, *args, **kwargs) takes iv or nonce in **kwargs; Salsa20.new(key, nonce) names it
      BoundArguments arguments = context.arguments(call, cipher.get());
      for (String parameter : List.of("iv", "IV", "nonce")) {
        Optional<Expr> value = arguments.argument(parameter);
        if (value.isPresent()) {
          check(call, value, context);
          return;
        }
      }
      if (PyCryptoCiphers.BLOCK_NEW.contains(cipher.get())) {
        // the IV of a block cipher may also come third, into *args
        check(call, CallArguments.positional(call, 2), context);
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

  /** The class of {@code AESGCM(key).encrypt(...)}, or of {@code .encrypt(...)} on a name bound once to one. */
  private static Optional<String> aeadClass(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("encrypt")) {
      return Optional.empty();
    }
    for (String c : AEAD_CLASSES) {
      if (Resolver.madeBy(context.model(), context.scope(), a.value(), List.of(c))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> constructors() {
    Map<String, String> out = new HashMap<>();
    for (String mode : List.of("CBC", "GCM", "OFB", "CFB", "CFB8")) {
      out.put(MODES + mode, "initialization_vector");
    }
    out.put(MODES + "CTR", "nonce");
    out.put("cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20", "nonce");
    Signatures.known().requireAll(out.keySet());
    return Map.copyOf(out);
  }

}
