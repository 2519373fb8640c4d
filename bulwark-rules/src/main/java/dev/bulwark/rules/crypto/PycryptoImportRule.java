package dev.bulwark.rules.crypto;

import java.util.Set;
import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** An import of the {@code Crypto} package, which is what the unmaintained PyCrypto installs. */
public final class PycryptoImportRule implements Rule {

  private static final String PACKAGE = "Crypto";

  private static final RuleMetadata METADATA = new RuleMetadata("BW413", "pycrypto-import",
      "import of the Crypto package (PyCrypto, unmaintained)", Severity.HIGH, Confidence.MEDIUM,
      List.of(1104, 327), List.of("B413", "S413"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds `import Crypto...` and `from Crypto... import ...` (absolute imports only).",
          "PyCrypto has had no release since 2013 and has known flaws, among them a heap overflow in its AES "
              + "code (CVE-2013-7459). Fixes will never come.",
          "from Crypto.Cipher import AES",
          "from Cryptodome.Cipher import AES  # pycryptodomex\n"
              + "# or: from cryptography.hazmat.primitives.ciphers.aead import AESGCM",
          "Move to pycryptodome (the Cryptodome package of pycryptodomex avoids the clash of names) or to "
              + "cryptography.",
          "pycryptodome is a maintained drop-in that also installs as `Crypto`; when it is what the project "
              + "depends on, the import is fine (hence medium confidence). Silence it with "
              + "`# bulwark: ignore[BW413]`, or depend on pycryptodomex and import `Cryptodome`.",
          List.of("https://cwe.mitre.org/data/definitions/1104.html",
              "https://www.pycryptodome.org/src/vs_pycrypto",
              "https://nvd.nist.gov/vuln/detail/CVE-2013-7459")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return Set.of(PACKAGE);
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.Import.class, Stmt.ImportFrom.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node instanceof Stmt.Import imp) {
      for (Alias a : imp.names()) {
        if (isPycrypto(a.name())) {
          report(imp, a.name(), context);
          return;
        }
      }
    } else if (node instanceof Stmt.ImportFrom from && from.level() == 0 && isPycrypto(from.module())) {
      report(from, from.module(), context);
    }
  }

  private static void report(Stmt statement, String module, RuleContext context) {
    context.report(statement, "import of " + module + ": PyCrypto is unmaintained; use pycryptodomex "
        + "(Cryptodome) or cryptography");
  }

  private static boolean isPycrypto(String module) {
    return module != null && (module.equals(PACKAGE) || module.startsWith(PACKAGE + "."));
  }
}
