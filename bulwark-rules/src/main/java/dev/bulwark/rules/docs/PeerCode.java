package dev.bulwark.rules.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A check of a peer tool that Bulwark measures itself against: a Bandit test id with the Ruff
 * {@code S} code that reuses its number.
 *
 * @param banditId e.g. {@code B602}
 * @param banditName e.g. {@code subprocess_popen_with_shell_equals_true}
 * @param ruffCode e.g. {@code S602}, or null when Ruff has none
 * @param ruffStatus {@code st}, {@code pv} or {@code rm}, or null
 * @param active whether Bandit still runs the check
 */
public record PeerCode(String banditId, String banditName, String ruffCode, String ruffStatus, boolean active) {

  /** The peer checks, read from {@code peer-codes.txt}. */
  public static List<PeerCode> all() {
    try (InputStream in = PeerCode.class.getResourceAsStream("/dev/bulwark/rules/peer-codes.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<PeerCode> codes = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.trim().split("\\s+");
        codes.add(new PeerCode(f[0], f[1], dash(f[2]), dash(f[3]), f[4].equals("active")));
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }
}
