package dev.bulwark.secrets;

import dev.bulwark.report.Severity;
import java.util.List;

/**
 * One secret found in one file. It never holds the secret itself: only a masked form and a
 * fingerprint (a hash) to allow-list it by.
 *
 * @param detector what kind of secret
 * @param at where: line from 1, char indexes into the line
 * @param masked the secret with all but its first few characters hidden
 * @param fingerprint the first 16 hex digits of the SHA-256 of the secret: the same secret gives the
 *     same fingerprint in every file, so it can be allow-listed once
 * @param spans every span of text that holds the secret (more than one for a multi-line private key)
 * @param severity the detector's severity, lowered for generic detectors in test files
 */
public record SecretFinding(Detector detector, Span at, String masked, String fingerprint, List<Span> spans,
    Severity severity) {

  public SecretFinding {
    spans = List.copyOf(spans);
  }

  /** The message a report shows: what was found, masked, and its fingerprint. */
  public String message() {
    return detector.title() + " '" + masked + "' (secret fingerprint " + fingerprint + ")";
  }
}
