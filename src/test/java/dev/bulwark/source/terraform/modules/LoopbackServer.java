package dev.bulwark.source.terraform.modules;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 that answers fixed responses by path, for module downloads in tests:
 * a registry (service discovery, version lists, download locations) and the archives behind it.
 * Every request path is recorded, so a test can tell whether the network was used.
 */
public final class LoopbackServer implements AutoCloseable {
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        public static Answer json(String json) {
            return new Answer(200, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }

        public static Answer bytes(byte[] body) {
            return new Answer(200, Map.of("Content-Type", "application/octet-stream"), body);
        }

        public static Answer terraformGet(String location) {
            return new Answer(204, Map.of("X-Terraform-Get", location), new byte[0]);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code 127.0.0.1:PORT}, as a registry host in a module source. */
    public String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://" + host() + path;
    }

    public LoopbackServer answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** A module registry at {@code /v1/modules/} with one module's versions; each version's download points at {@code location}. */
    public LoopbackServer registry(String module, Map<String, String> locationsByVersion) {
        answer("/.well-known/terraform.json", Answer.json("{\"modules.v1\":\"/v1/modules/\"}"));
        StringBuilder versions = new StringBuilder();
        for (String v : locationsByVersion.keySet()) versions.append(versions.length() == 0 ? "" : ",").append("{\"version\":\"").append(v).append("\"}");
        answer("/v1/modules/" + module + "/versions", Answer.json("{\"modules\":[{\"versions\":[" + versions + "]}]}"));
        locationsByVersion.forEach((v, location) -> answer("/v1/modules/" + module + "/" + v + "/download", Answer.terraformGet(location)));
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path);
        Answer a = answers.get(query == null ? path : path + "?" + query);
        if (a == null) a = answers.get(path);
        if (a == null) a = new Answer(404, Map.of(), "not found".getBytes(StandardCharsets.UTF_8));
        a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean empty = a.body().length == 0;
        exchange.sendResponseHeaders(a.status(), empty ? -1 : a.body().length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
