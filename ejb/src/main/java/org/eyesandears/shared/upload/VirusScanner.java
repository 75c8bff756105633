package org.eyesandears.shared.upload;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eyesandears.shared.config.Settings;

/**
 * Scans an upload with a ClamAV daemon (clamd) over its INSTREAM protocol, when one is configured:
 * {@code CLAMAV_HOST} (and {@code CLAMAV_PORT}, default 3310) as environment variables or system
 * properties. Without {@code CLAMAV_HOST} there is no scan (uploads are still limited to JPEG, PNG
 * and PDF by their bytes, see {@link AttachmentRules}). With it, a file is accepted only when clamd
 * says it is clean: a scanner that cannot be reached refuses the upload rather than let it through.
 */
public final class VirusScanner {

    /** What clamd said about a file. */
    public sealed interface Verdict {
        record Clean() implements Verdict {
        }

        record Infected(String signature) implements Verdict {
        }

        record Unavailable(String reason) implements Verdict {
        }
    }

    private static final System.Logger LOG = System.getLogger(VirusScanner.class.getName());
    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public VirusScanner(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** The scanner configured for this server, if any. */
    public static Optional<VirusScanner> configured() {
        String host = Settings.get("CLAMAV_HOST");
        if (host == null) {
            return Optional.empty();
        }
        String port = Settings.get("CLAMAV_PORT");
        try {
            return Optional.of(new VirusScanner(host, port == null ? 3310 : Integer.parseInt(port), 30_000));
        } catch (NumberFormatException e) {
            return Optional.of(new VirusScanner(host, -1, 30_000));
        }
    }

    /**
     * Why a file must be refused, in words for the person who sent it: empty when no scanner is
     * configured or the scanner found it clean. A scanner that cannot be reached refuses it too.
     */
    public static Optional<String> refusal(Optional<VirusScanner> scanner, String name, byte[] content) {
        if (scanner.isEmpty()) {
            return Optional.empty();
        }
        Verdict verdict = scanner.get().scan(content);
        if (verdict instanceof Verdict.Infected) {
            return Optional.of(name + " was refused: the virus scanner found malware in it.");
        }
        if (verdict instanceof Verdict.Unavailable unavailable) {
            LOG.log(System.Logger.Level.WARNING, "Upload refused, virus scan unavailable: {0}", unavailable.reason());
            return Optional.of(name + " could not be checked for viruses just now. Try again in a few minutes.");
        }
        return Optional.empty();
    }

    public Verdict scan(byte[] content) {
        if (port <= 0 || port > 65535) {
            return new Verdict.Unavailable("CLAMAV_PORT is not a port number");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            return verdict(reply(socket.getInputStream()));
        } catch (IOException e) {
            return new Verdict.Unavailable("clamd at " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /** Reads clamd's answer, terminated by a NUL byte in the z-protocol. */
    private static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    /** What clamd's reply to a scan means. */
    public static Verdict verdict(String reply) {
        if (reply.endsWith(": OK")) {
            return new Verdict.Clean();
        }
        if (reply.endsWith(" FOUND")) {
            String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).strip();
            return new Verdict.Infected(signature);
        }
        return new Verdict.Unavailable("clamd answered: " + reply);
    }
}
