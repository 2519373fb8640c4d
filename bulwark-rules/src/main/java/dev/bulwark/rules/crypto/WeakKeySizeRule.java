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
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An RSA or DSA key under 2048 bits, or an elliptic-curve key on a curve under 224 bits. */
public final class WeakKeySizeRule extends CallRule {

  private static final int MIN_MODULUS = 2048;
  private static final int BROKEN_MODULUS = 1024;
  private static final int MIN_CURVE = 224;
  private static final int BROKEN_CURVE = 160;

  /** A key generator: which parameter holds the size, and the size used when it is left out (0: required). */
  private record Generator(String algorithm, String parameter, int defaultBits) {}

  private static final Map<String, Generator> MODULUS_GENERATORS = Map.ofEntries(
      Map.entry("cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key",
          new Generator("RSA", "key_size", 0)),
      Map.entry("cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key",
          new Generator("DSA", "key_size", 0)),
      Map.entry("cryptography.hazmat.primitives.asymmetric.dsa.generate_parameters",
          new Generator("DSA", "key_size", 0)),
      Map.entry("Crypto.PublicKey.RSA.generate", new Generator("RSA", "bits", 0)),
      Map.entry("Crypto.PublicKey.DSA.generate", new Generator("DSA", "bits", 0)),
      Map.entry("Cryptodome.PublicKey.RSA.generate", new Generator("RSA", "bits", 0)),
      Map.entry("Cryptodome.PublicKey.DSA.generate", new Generator("DSA", "bits", 0)),
      Map.entry("rsa.newkeys", new Generator("RSA", "nbits", 0)),
      Map.entry("paramiko.RSAKey.generate", new Generator("RSA", "bits", 0)),
      Map.entry("paramiko.rsakey.RSAKey.generate", new Generator("RSA", "bits", 0)),
      // paramiko's DSS keys default to 1024 bits, the only size DSS allows there
      Map.entry("paramiko.DSSKey.generate", new Generator("DSA", "bits", 1024)),
      Map.entry("paramiko.dsskey.DSSKey.generate", new Generator("DSA", "bits", 1024)));

  private static final Map<String, Generator> CURVE_GENERATORS = Map.of(
      "cryptography.hazmat.primitives.asymmetric.ec.generate_private_key", new Generator("EC", "curve", 0),
      "cryptography.hazmat.primitives.asymmetric.ec.derive_private_key", new Generator("EC", "curve", 0),
      "Crypto.PublicKey.ECC.generate", new Generator("EC", "curve", 0),
      "Cryptodome.PublicKey.ECC.generate", new Generator("EC", "curve", 0));

  private static final String EC = "cryptography.hazmat.primitives.asymmetric.ec.";
  private static final Map<String, Integer> CURVE_CLASSES = Map.of(EC + "SECP192R1", 192, EC + "SECT163K1", 163,
      EC + "SECT163R2", 163);
  /** PyCryptodome's names for its one small curve, lower-cased. */
  private static final Map<String, Integer> CURVE_NAMES = Map.of("p-192", 192, "p192", 192, "nist p-192", 192,
      "prime192v1", 192, "secp192r1", 192);

  private static final RuleMetadata METADATA = new RuleMetadata("BW505", "weak-cryptographic-key",
      "RSA/DSA key under 2048 bits or elliptic curve under 224 bits", Severity.MEDIUM, Confidence.HIGH,
      List.of(326), List.of("B505", "S505"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds key generation with a constant size below 2048 bits for RSA and DSA, or on a curve below 224 "
              + "bits (SECP192R1, SECT163K1, SECT163R2, P-192), in `cryptography` (`rsa`/`dsa`/`ec` "
              + "`generate_private_key`, `dsa.generate_parameters`, `ec.derive_private_key`), PyCrypto and "
              + "PyCryptodome (`RSA`/`DSA`/`ECC.generate`), the `rsa` package (`newkeys`) and paramiko "
              + "(`RSAKey`/`DSSKey.generate`, whose DSS default is 1024 bits). Sizes under 1024 bits (RSA/DSA) "
              + "or 160 bits (curves) are reported at high severity.",
          "512-bit RSA keys have been factored on rented hardware for years and 1024-bit keys are within reach "
              + "of well-funded attackers; NIST disallowed both, and curves under 224 bits, for new signatures "
              + "and key exchange. A key that can be broken lets an attacker forge signatures or decrypt traffic.",
          "from cryptography.hazmat.primitives.asymmetric import rsa\n"
              + "key = rsa.generate_private_key(public_exponent=65537, key_size=1024)",
          "from cryptography.hazmat.primitives.asymmetric import rsa\n"
              + "key = rsa.generate_private_key(public_exponent=65537, key_size=3072)",
          "Use RSA keys of at least 2048 bits (3072 for use beyond 2030) or an elliptic curve of at least 224 "
              + "bits, such as P-256 or Ed25519.",
          "Only constant sizes are checked. Throwaway keys in tests are often small to keep tests fast; "
              + "silence such a finding with `# bulwark: ignore[BW505]`.",
          List.of("https://cwe.mitre.org/data/definitions/326.html",
              "https://csrc.nist.gov/pubs/sp/800/131/a/r2/final",
              "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#generation")));

  static {
    Signatures.known().requireAll(MODULUS_GENERATORS.keySet());
    Signatures.known().requireAll(CURVE_GENERATORS.keySet());
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(MODULUS_GENERATORS.keySet(), CURVE_GENERATORS.keySet(), CURVE_CLASSES.keySet());
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> modulus = Resolver.which(context, call.func(), MODULUS_GENERATORS.keySet());
    if (modulus.isPresent()) {
      checkModulus(call, modulus.get(), MODULUS_GENERATORS.get(modulus.get()), context);
      return;
    }
    Optional<String> curve = Resolver.which(context, call.func(), CURVE_GENERATORS.keySet());
    if (curve.isPresent()) {
      checkCurve(call, curve.get(), CURVE_GENERATORS.get(curve.get()), context);
    }
  }

  private static void checkModulus(Expr.Call call, String generator, Generator g, RuleContext context) {
    BoundArguments arguments = context.arguments(call, generator);
    Optional<Expr> size = arguments.argument(g.parameter());
    int bits;
    if (size.isPresent()) {
      Optional<Integer> value = Constants.intValue(context.constant(size.get()));
      if (value.isEmpty()) {
        return;
      }
      bits = value.get();
    } else if (g.defaultBits() > 0 && arguments.isAbsent(g.parameter())) {
      bits = g.defaultBits();
    } else {
      return;
    }
    if (bits < MIN_MODULUS) {
      Severity severity = bits < BROKEN_MODULUS ? Severity.HIGH : Severity.MEDIUM;
      context.report(call, g.algorithm() + " key of " + bits + " bits is too small to resist factoring; use at "
          + "least " + MIN_MODULUS + " bits", severity, Confidence.HIGH);
    }
  }

  private static void checkCurve(Expr.Call call, String generator, Generator g, RuleContext context) {
    Optional<Expr> curve = context.argument(call, generator, g.parameter());
    if (curve.isEmpty()) {
      return;
    }
    Expr c = curve.get() instanceof Expr.Call made ? made.func() : curve.get();
    Optional<String> small = Resolver.which(context, c, CURVE_CLASSES.keySet());
    Integer bits = small.map(CURVE_CLASSES::get).orElse(null);
    String label = small.map(Constants::lastPart).orElse(null);
    if (bits == null) {
      Optional<String> name = context.constantString(curve.get());
      if (name.isPresent()) {
        bits = CURVE_NAMES.get(name.get().toLowerCase(Locale.ROOT));
        label = name.get();
      }
    }
    if (bits != null && bits < MIN_CURVE) {
      Severity severity = bits < BROKEN_CURVE ? Severity.HIGH : Severity.MEDIUM;
      context.report(call, "elliptic curve " + label + " has only " + bits + " bits; use a curve of at least "
          + MIN_CURVE + " bits such as P-256", severity, Confidence.HIGH);
    }
  }
}
