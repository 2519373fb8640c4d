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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A cipher that is broken or too small for today: RC2, RC4, Blowfish, DES, XOR, IDEA, CAST5, SEED. */
public final class BrokenCipherRule extends CallRule {

  private static final List<String> PYCRYPTO_CIPHERS = List.of("ARC2", "ARC4", "Blowfish", "DES", "XOR", "CAST");
  private static final List<String> CRYPTOGRAPHY_CIPHERS = List.of("ARC4", "Blowfish", "IDEA", "CAST5", "SEED", "RC2");
  /** cryptography moved its legacy ciphers to {@code decrepit} in 43.0; the old names still work for a while. */
  private static final List<String> CRYPTOGRAPHY_MODULES = List.of(
      "cryptography.hazmat.primitives.ciphers.algorithms", "cryptography.hazmat.decrepit.ciphers.algorithms");

  private static final List<String> FUNCTIONS = functions();

  private static final RuleMetadata METADATA = new RuleMetadata("BW304", "broken-cipher",
      "encryption with a broken or obsolete cipher (RC2, RC4, Blowfish, DES, XOR, IDEA, CAST5, SEED)",
      Severity.HIGH, Confidence.HIGH, List.of(327), List.of("B304", "S304"), RuleMetadata.Status.STABLE, "0.1",
      new RuleDoc(
          "Finds ciphers made with PyCrypto/PyCryptodome's `ARC2`, `ARC4`, `Blowfish`, `DES`, `XOR` and `CAST` "
              + "modules, and with `cryptography`'s `ARC4`, `Blowfish`, `IDEA`, `CAST5`, `SEED` and `RC2` "
              + "algorithms (in `primitives` or `decrepit`).",
          "DES keys (56 bits) can be searched exhaustively; RC4's keystream is biased enough to recover "
              + "plaintext; XOR is not encryption. Blowfish, IDEA, CAST5 and RC2 use 64-bit blocks, so a "
              + "long-lived key leaks plaintext through block collisions (Sweet32), and SEED is kept only for "
              + "legacy protocols. Data protected by them should be considered readable.",
          "from Crypto.Cipher import DES\ncipher = DES.new(key, DES.MODE_CBC, iv)",
          "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
              + "sealed = AESGCM(key).encrypt(nonce, data, None)",
          "Use AES (preferably through an authenticated mode such as GCM) or ChaCha20-Poly1305.",
          "Reading data written by an old system may need the old cipher; keep such code to decryption and "
              + "silence the finding with `# bulwark: ignore[BW304]`.",
          List.of("https://cwe.mitre.org/data/definitions/327.html",
              "https://cryptography.io/en/latest/hazmat/decrepit/ciphers/",
              "https://www.pycryptodome.org/src/cipher/cipher")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(FUNCTIONS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> found = Resolver.which(context, call.func(), FUNCTIONS);
    if (found.isEmpty()) {
      return;
    }
    context.report(call, Constants.algorithm(found.get())
        + " is a broken or obsolete cipher; use AES-GCM or ChaCha20-Poly1305");
  }

  private static List<String> functions() {
    List<String> out = new ArrayList<>(PyCryptoCiphers.names(PYCRYPTO_CIPHERS, ".new"));
    for (String module : CRYPTOGRAPHY_MODULES) {
      for (String cipher : CRYPTOGRAPHY_CIPHERS) {
        out.add(module + "." + cipher);
      }
    }
    return List.copyOf(out);
  }
}
