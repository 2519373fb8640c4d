package dev.bulwark.sandbox.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Drains one output stream of the guest on its own thread: keeps the first {@code cap} bytes (and
 * copies them to a live sink, if any), counts the rest and drops it, so a flood neither blocks the
 * guest on a full pipe nor fills the host's memory.
 */
final class StreamCapture implements Runnable {

  private final InputStream in;
  private final long cap;
  private final OutputStream live;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long total;

  StreamCapture(InputStream in, long cap, OutputStream live) {
    this.in = in;
    this.cap = cap;
    this.live = live;
  }

  @Override
  public void run() {
    byte[] buf = new byte[1 << 16];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        int keep;
        synchronized (this) {
          keep = (int) Math.max(0, Math.min(n, cap - kept.size()));
          kept.write(buf, 0, keep);
          total += n;
        }
        if (live != null && keep > 0) {
          try {
            live.write(buf, 0, keep);
            live.flush();
          } catch (IOException ignored) { // a closed terminal does not stop the capture
          }
        }
      }
    } catch (IOException ignored) { // the pipe closed when the run was killed
    }
  }

  synchronized byte[] kept() {
    return kept.toByteArray();
  }

  synchronized long total() {
    return total;
  }
}
