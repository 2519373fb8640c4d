package dev.bulwark.secrets;

/** Shannon entropy of a string's characters, the usual measure of how random a generated value looks. */
public final class Entropy {
  private Entropy() {}

  /**
   * Bits per character: the Shannon entropy of the distribution of characters in {@code s}. A random
   * base64 string of 40 characters scores about 5, a hex digest about 3.8, an English word 2 to 3.
   */
  public static double shannon(CharSequence s) {
    if (s.length() == 0) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double n = s.length();
    double bits = 0;
    for (int count : counts) {
      if (count > 0) {
        double p = count / n;
        bits -= p * Math.log(p) / Math.log(2);
      }
    }
    if (other > 0) {
      double p = other / n;
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }
}
