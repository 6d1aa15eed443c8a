package dev.bulwark.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, JSON messages), for
 * tests of the HTML reports in a real browser: open a page, record every request it makes and
 * every console or CSP message, evaluate script, click, type, screenshot and print.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    /** The browser to use: $BULWARK_CHROMIUM, else chromium or chromium-browser on the usual paths; empty when there is none. */
    public static Optional<Path> executable() {
        String configured = System.getenv("BULWARK_CHROMIUM");
        if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium", "/snap/bin/chromium")) {
            if (Files.isExecutable(Path.of(p))) return Optional.of(Path.of(p));
        }
        return Optional.empty();
    }

    public static HeadlessChromium start(Path executable, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("bulwark-chromium");
        Process p = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserUrl = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; browserUrl == null && (line = err.readLine()) != null; ) {
            seen.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) browserUrl = m.group(1);
        }
        if (browserUrl == null) {
            p.destroyForcibly();
            throw new IOException("chromium did not start: " + String.join("\n", seen));
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) { /* keep the pipe from filling */ }
            } catch (IOException ignored) {
                // the browser went away
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        String pageUrl = null;
        for (JsonNode t : targets) if (t.path("type").asText().equals("page")) pageUrl = t.path("webSocketDebuggerUrl").asText();
        if (pageUrl == null) {
            p.destroyForcibly();
            throw new IOException("chromium has no page target: " + targets);
        }
        return new HeadlessChromium(p, profile, http, URI.create(pageUrl), width, height);
    }

    private HeadlessChromium(Process process, Path profile, HttpClient http, URI page, int width, int height) throws IOException {
        this.process = process;
        this.profile = profile;
        this.socket = http.newWebSocketBuilder().buildAsync(page, new Listener()).join();
        for (String domain : List.of("Page", "Network", "Log", "Runtime")) send(domain + ".enable", JSON.createObjectNode());
        ObjectNode metrics = JSON.createObjectNode().put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", false);
        send("Emulation.setDeviceMetricsOverride", metrics);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(text.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) f.complete(msg);
                    } else {
                        events.add(msg);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } finally {
                    text.setLength(0);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Sends one command and waits for its result; a protocol error is an exception. */
    public JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(msg.toString(), true).join();
        JsonNode r;
        try {
            r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
        if (r.has("error")) throw new IllegalStateException(method + ": " + r.get("error"));
        return r.path("result");
    }

    public void disableScripts() {
        send("Emulation.setScriptExecutionDisabled", JSON.createObjectNode().put("value", true));
    }

    /** Opens a URL and waits for its load event; returns the milliseconds from navigation to load. */
    public long open(String url) throws InterruptedException {
        events.clear();
        long start = System.nanoTime();
        send("Page.navigate", JSON.createObjectNode().put("url", url));
        awaitEvent("Page.loadEventFired");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void awaitEvent(String method) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (events.stream().noneMatch(e -> e.path("method").asText().equals(method))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("no " + method + " within " + TIMEOUT);
            Thread.sleep(20);
        }
    }

    /** Every URL the page requested since it was opened. */
    public List<String> requestedUrls() {
        return events.stream().filter(e -> e.path("method").asText().equals("Network.requestWillBeSent"))
                .map(e -> e.path("params").path("request").path("url").asText()).toList();
    }

    /** Console errors, CSP violations and other log entries at warning level or above since the page was opened. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            String method = e.path("method").asText();
            if (method.equals("Log.entryAdded")) {
                JsonNode entry = e.path("params").path("entry");
                if (!entry.path("level").asText().equals("verbose") && !entry.path("level").asText().equals("info")) {
                    out.add(entry.path("level").asText() + ": " + entry.path("text").asText());
                }
            } else if (method.equals("Runtime.exceptionThrown")) {
                out.add("exception: " + e.path("params").path("exceptionDetails"));
            } else if (method.equals("Runtime.consoleAPICalled") && e.path("params").path("type").asText().matches("error|warning")) {
                out.add("console: " + e.path("params").path("args"));
            }
        }
        return out;
    }

    /** The value of a script expression (JSON-serialisable results only). */
    public JsonNode eval(String expression) {
        JsonNode r = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Clicks the middle of the first element the selector matches, with real mouse events. */
    public void click(String selector) {
        JsonNode box = eval("(function(){var e=document.querySelector(" + JSON.valueToTree(selector) + ");if(!e)return null;"
                + "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();return {x:r.x+r.width/2,y:r.y+r.height/2};})()");
        if (box.isNull() || box.isMissingNode()) throw new IllegalStateException("nothing matches " + selector);
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            ObjectNode p = JSON.createObjectNode().put("type", type).put("x", box.get("x").asDouble()).put("y", box.get("y").asDouble());
            if (!type.equals("mouseMoved")) p.put("button", "left").put("clickCount", 1);
            send("Input.dispatchMouseEvent", p);
        }
    }

    /** Types text into whatever has the focus, as a keyboard would insert it. */
    public void type(String text) {
        send("Input.insertText", JSON.createObjectNode().put("text", text));
    }

    public byte[] screenshot(boolean fullPage) {
        ObjectNode p = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", fullPage);
        return Base64.getDecoder().decode(send("Page.captureScreenshot", p).path("data").asText());
    }

    /** Lays the page out as for printing ("print", so its print styles apply) or back as for a screen ("screen"). */
    public void emulateMedia(String media) {
        send("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", media));
    }

    public byte[] printToPdf() {
        ObjectNode p = JSON.createObjectNode().put("printBackground", true);
        return Base64.getDecoder().decode(send("Page.printToPDF", p).path("data").asText());
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTree(profile);
        }
    }

    /**
     * Chromium's helper processes may still write to the profile for a moment after the browser exits,
     * so files come and go during the walk: try a few times, and leave what remains to the system's
     * temporary folder rather than fail the tests that used the browser.
     */
    private static void deleteTree(Path dir) {
        for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException | java.io.UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
