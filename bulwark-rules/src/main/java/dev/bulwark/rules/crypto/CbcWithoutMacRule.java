package dev.bulwark.rules.crypto;

import dev.bulwark.rules.Identifiers;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.bulwark.rules.ModuleRoots;
import dev.bulwark.semantic.Signatures;

/**
 * CBC encryption or decryption in a function that computes or checks no MAC. Each function (and
 * the module's top level) is one unit; nested functions and classes are units of their own.
 */
public final class CbcWithoutMacRule implements Rule {

  private static final List<String> CRYPTOGRAPHY_CBC = List.of("cryptography.hazmat.primitives.ciphers.modes.CBC");
  private static final List<String> MAC_FUNCTIONS = List.of("hmac.new", "hmac.HMAC", "hmac.digest",
      "hmac.compare_digest", "secrets.compare_digest", "cryptography.hazmat.primitives.hmac.HMAC",
      "cryptography.hazmat.primitives.cmac.CMAC", "Crypto.Hash.HMAC.new", "Crypto.Hash.CMAC.new",
      "Crypto.Hash.Poly1305.new", "Cryptodome.Hash.HMAC.new", "Cryptodome.Hash.CMAC.new",
      "Cryptodome.Hash.Poly1305.new");
  private static final List<String> KEYED_HASHES =
      Signatures.known().requireAll(List.of("hashlib.blake2b", "hashlib.blake2s"));
  /** Words in a called function's name that say it authenticates: {@code self._sign(...)}, {@code verify_mac(...)}. */
  private static final Set<String> MAC_WORDS = Set.of("hmac", "mac", "cmac", "sign", "signature", "verify",
      "authenticate");

  private static final RuleMetadata METADATA = new RuleMetadata("BW923", "cbc-without-mac",
      "CBC-mode cipher in a function that computes no MAC", Severity.MEDIUM, Confidence.LOW, List.of(353, 649),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds CBC ciphers (`cryptography`'s `modes.CBC(...)`, PyCrypto/PyCryptodome `new(key, MODE_CBC, ...)`) "
              + "made in a function (or at module level) where nothing computes or checks a MAC: no "
              + "`hmac.new`/`hmac.digest`/`compare_digest`, no `cryptography` `HMAC`/`CMAC`, no PyCryptodome "
              + "`HMAC`/`CMAC`/`Poly1305`, no keyed BLAKE2, and no call of a function whose name speaks of "
              + "signing, verifying or a MAC. Reported with low confidence, since the MAC may live elsewhere.",
          "CBC gives confidentiality only. Unauthenticated ciphertext can be altered bit by bit, and a "
              + "decryption that reveals whether the padding was valid (an error message, a timing difference) "
              + "is a padding oracle that decrypts any message without the key.",
          "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n"
              + "def decrypt(key, iv, data):\n"
              + "    d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()\n"
              + "    return d.update(data) + d.finalize()",
          "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
              + "def decrypt(key, nonce, data):\n"
              + "    return AESGCM(key).decrypt(nonce, data, None)",
          "Prefer an authenticated mode (AES-GCM, ChaCha20-Poly1305, or Fernet); if CBC must stay, "
              + "encrypt-then-MAC with HMAC-SHA256 and verify the MAC with hmac.compare_digest before decrypting.",
          "The MAC may be computed by the caller or in another function, which this rule cannot see; CBC "
              + "under an outer authenticated channel is also fine. Silence such a finding with "
              + "`# bulwark: ignore[BW923]`.",
          List.of("https://cwe.mitre.org/data/definitions/353.html",
              "https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#cryptography.hazmat.primitives.ciphers.modes.CBC")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(CRYPTOGRAPHY_CBC, PyCryptoCiphers.BLOCK_NEW);
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Mod.Module.class, Stmt.FunctionDef.class, Stmt.AsyncFunctionDef.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    List<Stmt> body;
    Scope scope;
    if (node instanceof Mod.Module m) {
      body = m.body();
      scope = context.model().moduleScope();
    } else if (node instanceof Stmt.FunctionDef f) {
      body = f.body();
      scope = context.model().scopeOf(f);
    } else if (node instanceof Stmt.AsyncFunctionDef f) {
      body = f.body();
      scope = context.model().scopeOf(f);
    } else {
      return;
    }
    Unit unit = new Unit(context, scope);
    unit.visitAll(body);
    if (unit.cbcCalls.isEmpty() || unit.otherCalls.stream().anyMatch(unit::isMac)) {
      return;
    }
    for (Expr.Call cbc : unit.cbcCalls) {
      context.report(cbc, "CBC mode without a MAC in this function: ciphertext can be altered and padding errors "
          + "can decrypt it; use AES-GCM or encrypt-then-HMAC");
    }
  }

  /** One function body (or the module's top level), without the functions and classes nested in it. */
  private static final class Unit extends ScopedVisitor {
    final List<Expr.Call> cbcCalls = new ArrayList<>();
    /** The unit's other calls, of which one may authenticate: only looked at when there is a CBC call. */
    final List<Expr.Call> otherCalls = new ArrayList<>();

    Unit(RuleContext context, Scope start) {
      super(context, start);
    }

    @Override
    public void visitFunctionDef(Stmt.FunctionDef node) {
      // a unit of its own
    }

    @Override
    public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
      // a unit of its own
    }

    @Override
    public void visitClassDef(Stmt.ClassDef node) {
      // its methods are units of their own
    }

    @Override
    public void visitCall(Expr.Call node) {
      if (isCbc(node)) {
        cbcCalls.add(node);
      } else {
        otherCalls.add(node);
      }
      super.visitCall(node);
    }

    private boolean isCbc(Expr.Call call) {
      if (Resolver.isAnyOf(model, scope, call.func(), CRYPTOGRAPHY_CBC)) {
        return true;
      }
      Optional<String> cipher = PyCryptoCiphers.which(model, scope, call, PyCryptoCiphers.BLOCK_NEW);
      if (cipher.isEmpty()) {
        return false;
      }
      Optional<Expr> mode = context.argument(call, cipher.get(), "mode");
      return mode.isPresent() && PyCryptoCiphers.isMode(model, scope, mode.get(), "CBC");
    }

    boolean isMac(Expr.Call call) {
      if (Resolver.isAnyOf(model, scope, call.func(), MAC_FUNCTIONS)) {
        return true;
      }
      Optional<String> keyedHash = PyCryptoCiphers.which(model, scope, call, KEYED_HASHES);
      if (keyedHash.isPresent() && context.argument(call, keyedHash.get(), "key").isPresent()) {
        return true;
      }
      Optional<String> callee = Identifiers.of(call.func(), model, scope);
      if (callee.isPresent()) {
        for (String word : Identifiers.words(callee.get())) {
          if (MAC_WORDS.contains(word)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
