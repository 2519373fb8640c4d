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
import dev.bulwark.semantic.Signatures;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A symmetric key (cipher, Fernet, AEAD, HMAC, JWT signing) written into the source. */
public final class HardcodedCipherKeyRule extends CallRule {

  /** The calls that take a key, each as its parameter {@code key}. */
  private static final Set<String> KEYED = keyed();

  private static final RuleMetadata METADATA = new RuleMetadata("BW922", "hardcoded-encryption-key",
      "hard-coded symmetric key passed to a cipher, Fernet, HMAC or JWT signer", Severity.HIGH, Confidence.HIGH,
      List.of(321, 798), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds keys that are the same on every run (literals, and values built only from literals such as "
              + "`\"...\".encode()`, `bytes.fromhex(...)`, `base64.b64decode(\"...\")` or "
              + "`hashlib.sha256(b\"passphrase\").digest()`, also behind a name bound once) passed to: "
              + "`Fernet`, `cryptography`'s cipher algorithms and AEAD classes (`AESGCM`, `ChaCha20Poly1305`, "
              + "...), PyCrypto/PyCryptodome `Cipher.<X>.new`, `hmac.new`/`hmac.digest`, `cryptography`'s "
              + "`HMAC`, PyCryptodome's `HMAC.new`, and `jwt.encode`.",
          "A key in the source is in every copy of it: the repository, its history, built packages and "
              + "containers. Whoever reads any of them can decrypt the data or forge MACs and tokens, and the "
              + "key cannot be rotated without a release.",
          "from cryptography.fernet import Fernet\nf = Fernet(b\"3b8T2kq0dU1x8c7v6Zq9yR2oP4nL5mK8jH7gF6eD5cA=\")",
          "import os\nfrom cryptography.fernet import Fernet\nf = Fernet(os.environ[\"APP_FERNET_KEY\"])",
          "Load keys at run time from a secret store, a key-management service or the environment, never "
              + "from the source.",
          "Test vectors and fixtures use fixed keys on purpose; silence those findings with "
              + "`# bulwark: ignore[BW922]` or leave test directories out of the scan.",
          List.of("https://cwe.mitre.org/data/definitions/321.html",
              "https://cryptography.io/en/latest/fernet/",
              "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(KEYED);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> target = Resolver.which(context, call.func(), KEYED);
    if (target.isEmpty()) {
      return;
    }
    Optional<Expr> key = context.argument(call, target.get(), "key");
    if (key.isPresent() && StaticValues.isStatic(context.model(), context.scope(), key.get())) {
      String function = target.get().endsWith(".new") || target.get().startsWith("jwt.") || target.get()
          .startsWith("hmac.") ? shortName(target.get()) : Constants.lastPart(target.get());
      context.report(call, "hard-coded key passed to " + function + ": anyone with the source can decrypt or "
          + "forge; load it from a secret store or the environment");
    }
  }

  /** {@code AES.new} for {@code Crypto.Cipher.AES.new}: the module and the function. */
  private static String shortName(String qualified) {
    int last = qualified.lastIndexOf('.');
    int before = qualified.lastIndexOf('.', last - 1);
    return qualified.substring(before + 1);
  }

  private static Set<String> keyed() {
    Set<String> out = new HashSet<>();
    out.add("cryptography.fernet.Fernet");
    for (String a : List.of("AES", "AES128", "AES256", "Camellia", "TripleDES", "SM4", "ChaCha20", "ARC4", "Blowfish",
        "CAST5", "SEED", "IDEA")) {
      out.add("cryptography.hazmat.primitives.ciphers.algorithms." + a);
    }
    // the old ciphers cryptography moved out of its main module
    for (String a : List.of("TripleDES", "ARC4", "Blowfish", "CAST5", "SEED", "IDEA", "RC2")) {
      out.add("cryptography.hazmat.decrepit.ciphers.algorithms." + a);
    }
    for (String a : List.of("AESGCM", "AESCCM", "AESOCB3", "AESSIV", "AESGCMSIV", "ChaCha20Poly1305")) {
      out.add("cryptography.hazmat.primitives.ciphers.aead." + a);
    }
    out.addAll(PyCryptoCiphers.ALL_NEW);
    out.addAll(List.of("hmac.new", "hmac.digest", "cryptography.hazmat.primitives.hmac.HMAC", "Crypto.Hash.HMAC.new",
        "Cryptodome.Hash.HMAC.new", "jwt.encode"));
    return Signatures.known().requireAll(Set.copyOf(out));
  }
}
