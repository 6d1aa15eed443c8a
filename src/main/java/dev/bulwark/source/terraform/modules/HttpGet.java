package dev.bulwark.source.terraform.modules;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * GET requests for module downloads: redirects followed by hand (at most five, each checked
 * against the {@link Transport}), bodies read up to a limit, failures as one-line messages.
 */
final class HttpGet {
    private static final int MAX_REDIRECTS = 5;
    private final HttpClient client;
    private final Transport transport;
    private final Duration timeout;

    HttpGet(Transport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The final response to a GET of {@code uri}, its URL after redirects, and at most {@code maxBytes} of body. */
    record Response(URI uri, int status, HttpHeaders headers, byte[] body) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    Response get(URI uri, long maxBytes, String what) throws FetchException {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            transport.check(current, what);
            HttpRequest request = HttpRequest.newBuilder(current).timeout(timeout).header("User-Agent", "bulwark").GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                throw new FetchException(what + " " + current + ": connection timed out");
            } catch (HttpTimeoutException e) {
                throw new FetchException(what + " " + current + ": no answer within " + timeout.toSeconds() + " s");
            } catch (ConnectException e) {
                throw new FetchException(what + " " + current + ": connection refused or unreachable");
            } catch (UnknownHostException e) {
                throw new FetchException(what + " " + current + ": unknown host " + current.getHost());
            } catch (IOException e) {
                throw new FetchException(what + " " + current + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(what + " " + current + ": interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) throw new FetchException(what + " " + current + ": redirect (HTTP " + status + ") without a Location");
                current = current.resolve(location);
                continue;
            }
            if (status >= 400 || status < 200) {
                close(response);
                throw new FetchException(what + " " + current + ": the server answered HTTP " + status);
            }
            return new Response(current, status, response.headers(), read(response, maxBytes, what, current));
        }
        throw new FetchException(what + " " + uri + ": more than " + MAX_REDIRECTS + " redirects");
    }

    private static byte[] read(HttpResponse<InputStream> response, long maxBytes, String what, URI uri) throws FetchException {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) throw new FetchException(what + " " + uri + " is larger than the limit of " + Limits.describe(maxBytes));
            return body;
        } catch (IOException e) {
            throw new FetchException(what + " " + uri + ": " + describe(e));
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
