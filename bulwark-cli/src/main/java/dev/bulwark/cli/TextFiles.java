package dev.bulwark.cli;

import java.nio.charset.StandardCharsets;

/** Reading the files that are read for secrets only: configuration, environment files, notebooks. */
final class TextFiles {
  private TextFiles() {}

  /** Whether the bytes look binary: a NUL byte in the first 8 KB, as git and grep judge it. */
  static boolean isBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** UTF-8, a byte-order mark dropped; bytes that are not UTF-8 become U+FFFD rather than failing the file. */
  static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
