package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code ftplib}, whose plain FTP sends credentials and files in cleartext. */
public final class FtplibImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW402", "ftplib-import",
      "Import of ftplib", Severity.HIGH, Confidence.HIGH, List.of(319),
      List.of("B402", "S402"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `ftplib`.",
          "FTP sends the login, the password and every file unencrypted, so anyone on the path can "
              + "read or alter them. `ftplib.FTP_TLS` adds TLS, but only once the code asks for it "
              + "(`prot_p()`), which is easy to forget.",
          "from ftplib import FTP\nftp = FTP(host)\nftp.login(user, password)",
          "ssh = paramiko.SSHClient()\nssh.load_system_host_keys()\nssh.connect(host)\nsftp = ssh.open_sftp()",
          "Transfer files over SFTP or HTTPS, or at least use ftplib.FTP_TLS and call prot_p() "
              + "before any transfer.",
          "Code that imports ftplib only for `FTP_TLS` with a protected data channel is fine; "
              + "silence the finding with `# bulwark: ignore[BW402]`. This check is in preview: it flags "
              + "the import, not a use.",
          List.of("https://cwe.mitre.org/data/definitions/319.html",
              "https://docs.python.org/3/library/ftplib.html")));

  public FtplibImportRule() {
    super(METADATA, List.of("ftplib"), "plain FTP sends credentials and files in cleartext");
  }
}
