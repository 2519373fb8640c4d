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

/** A broken hash (MD2, MD4, MD5, SHA-1) built through PyCrypto, PyCryptodome or cryptography. */
public final class WeakHashRule extends CallRule {

  /** PyCrypto's module names; PyCryptodome keeps them and also installs as {@code Cryptodome}. */
  private static final List<String> PYCRYPTO_HASHES = List.of("MD2", "MD4", "MD5", "SHA", "SHA1");

  private static final List<String> FUNCTIONS = functions();

  private static final RuleMetadata METADATA = new RuleMetadata("BW303", "weak-hash-algorithm",
      "MD2, MD4, MD5 or SHA-1 hash built with PyCrypto, PyCryptodome or cryptography", Severity.MEDIUM,
      Confidence.HIGH, List.of(328, 327), List.of("B303", "S303"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds hash objects made with `Crypto.Hash.MD2/MD4/MD5/SHA/SHA1.new` (and the same under "
              + "`Cryptodome.Hash`) and with `cryptography`'s `hashes.MD5()` and `hashes.SHA1()`.",
          "Collisions for MD5 can be computed in seconds and SHA-1 collisions have been shown in practice; MD2 "
              + "and MD4 are weaker still. A signature, certificate pin or integrity check built on one of them "
              + "can be satisfied by a second, forged input.",
          "from Crypto.Hash import MD5\ndigest = MD5.new(document).digest()",
          "from Crypto.Hash import SHA256\ndigest = SHA256.new(document).digest()",
          "Use SHA-256 or a stronger member of the SHA-2, SHA-3 or BLAKE2 families.",
          "A weak hash that only names a cache entry or checks for accidental corruption harms nothing; "
              + "protocols that fix SHA-1 (HOTP/TOTP, some legacy interfaces) cannot change it either. Silence "
              + "such a finding with `# bulwark: ignore[BW303]`.",
          List.of("https://cwe.mitre.org/data/definitions/328.html",
              "https://cryptography.io/en/latest/hazmat/primitives/cryptographic-hashes/",
              "https://www.pycryptodome.org/src/hash/hash")));

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
    String algorithm = Constants.algorithm(found.get());
    if (algorithm.equals("SHA")) {
      algorithm = "SHA1";
    }
    context.report(call, algorithm + " is a broken hash algorithm: collisions can be forged; use SHA-256 or stronger");
  }

  private static List<String> functions() {
    List<String> out = new ArrayList<>(PyCryptoCiphers.names("Hash", PYCRYPTO_HASHES, ".new"));
    out.add("cryptography.hazmat.primitives.hashes.MD5");
    out.add("cryptography.hazmat.primitives.hashes.SHA1");
    return List.copyOf(out);
  }
}
