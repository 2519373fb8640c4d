package dev.bulwark.rules.config;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A plain FTP connection, which sends the login and the files in clear text. */
public final class FtplibRule extends SingleCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW321", "ftplib-call",
      "ftplib.FTP connection sends credentials and files in clear text", Severity.HIGH, Confidence.HIGH,
      List.of(319), List.of("B321", "S321"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `ftplib.FTP`, however it is imported. `ftplib.FTP_TLS` is not reported.",
          "Plain FTP sends the user name, the password and the file contents unencrypted, so anyone on "
              + "the network path can read the credentials and the data or change the files in transit.",
          "ftp = ftplib.FTP(\"files.example.com\")\nftp.login(\"deploy\", password)",
          "ftp = ftplib.FTP_TLS(\"files.example.com\")\nftp.login(\"deploy\", password)\nftp.prot_p()",
          "Use FTP_TLS and call prot_p() so the data channel is encrypted too, or move to SFTP.",
          "Anonymous downloads of public files over FTP expose no credentials, but the content can still "
              + "be altered in transit. Silence one finding with `# bulwark: ignore[BW321]`.",
          List.of("https://cwe.mitre.org/data/definitions/319.html",
              "https://docs.python.org/3/library/ftplib.html#ftplib.FTP_TLS")));

  /** Flags plain {@code ftplib.FTP} connections. */
  public FtplibRule() {
    super(List.of("ftplib.FTP"), "FTP sends the login and the data in clear text: use FTP_TLS or SFTP");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
