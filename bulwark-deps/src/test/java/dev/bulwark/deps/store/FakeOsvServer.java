package dev.bulwark.deps.store;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A loopback HTTP server standing in for the OSV bucket: serves the files put in it, 404 for the rest. */
public final class FakeOsvServer implements AutoCloseable {

  /** A canned response. */
  public record Reply(int status, byte[] body, Map<String, String> headers) {}

  private final HttpServer server;
  private final Map<String, Reply> files = new ConcurrentHashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  public FakeOsvServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().getPath());
      Reply reply = files.getOrDefault(exchange.getRequestURI().getPath(), new Reply(404, new byte[0], Map.of()));
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    });
    server.start();
  }

  public void put(String path, byte[] body) {
    files.put(path, new Reply(200, body, Map.of()));
  }

  public void put(String path, Reply reply) {
    files.put(path, reply);
  }

  public URI base() {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  public void clearRequests() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
