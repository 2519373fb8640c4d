package dev.bulwark.rules.crypto;

import dev.bulwark.report.Severity;
import java.util.List;

/** Names of SSL/TLS protocol versions older than TLS 1.2, shared by the TLS rules. */
final class TlsProtocols {
  private TlsProtocols() {}

  /** Protocol selectors that pin one old version: {@code ssl.PROTOCOL_*} and pyOpenSSL's {@code *_METHOD}. */
  static final List<String> OLD_PROTOCOLS = List.of("ssl.PROTOCOL_SSLv2", "ssl.PROTOCOL_SSLv3",
      "ssl.PROTOCOL_TLSv1", "ssl.PROTOCOL_TLSv1_1", "OpenSSL.SSL.SSLv2_METHOD", "OpenSSL.SSL.SSLv3_METHOD",
      "OpenSSL.SSL.TLSv1_METHOD", "OpenSSL.SSL.TLSv1_1_METHOD");

  /** Version bounds below TLS 1.2: {@code ssl.TLSVersion} members and pyOpenSSL's {@code *_VERSION}. */
  static final List<String> OLD_VERSIONS = List.of("ssl.TLSVersion.SSLv3", "ssl.TLSVersion.TLSv1",
      "ssl.TLSVersion.TLSv1_1", "OpenSSL.SSL.SSL3_VERSION", "OpenSSL.SSL.TLS1_VERSION",
      "OpenSSL.SSL.TLS1_1_VERSION");

  /** A reader's name for a protocol constant: {@code TLSv1_1} for {@code ssl.PROTOCOL_TLSv1_1}. */
  static String display(String qualified) {
    String last = Constants.lastPart(qualified);
    if (last.startsWith("PROTOCOL_")) {
      return last.substring("PROTOCOL_".length());
    }
    if (last.endsWith("_METHOD")) {
      return last.substring(0, last.length() - "_METHOD".length());
    }
    return last;
  }

  /** How bad it is to allow {@code qualified}: SSL is broken outright, TLS 1.0/1.1 only deprecated. */
  static Severity severity(String qualified) {
    return isSsl(qualified) ? Severity.HIGH : Severity.MEDIUM;
  }

  /** Whether a version is one of the SSL ones, broken outright (rather than merely deprecated like TLS 1.0/1.1). */
  static boolean isSsl(String qualified) {
    return Constants.lastPart(qualified).contains("SSL");
  }
}
