package org.eyesandears.referral.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eyesandears.shared.upload.VirusScanner;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clamd INSTREAM conversation, against a small stand-in daemon that reassembles the chunks the
 * way clamd does and reports EICAR's test signature.
 */
class VirusScannerTest {

    private static final byte[] PDF = "%PDF-1.4 harmless".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EICAR_PDF = ("%PDF-1.4 X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    private ServerSocket clamd;

    @AfterEach
    void stop() throws IOException {
        if (clamd != null) {
            clamd.close();
        }
    }

    /** Answers each connection like clamd: reads "zINSTREAM\0", the chunks, a zero length; replies. */
    private VirusScanner scannerWithDaemon() throws IOException {
        clamd = new ServerSocket(0);
        Thread daemon = new Thread(() -> {
            while (!clamd.isClosed()) {
                try (Socket connection = clamd.accept()) {
                    DataInputStream in = new DataInputStream(connection.getInputStream());
                    byte[] command = new byte[10];
                    in.readFully(command);
                    StringBuilder stream = new StringBuilder();
                    for (int length = in.readInt(); length > 0; length = in.readInt()) {
                        byte[] chunk = new byte[length];
                        in.readFully(chunk);
                        stream.append(new String(chunk, StandardCharsets.US_ASCII));
                    }
                    String reply = !new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")
                            ? "UNKNOWN COMMAND" : stream.toString().contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE")
                            ? "stream: Eicar-Signature FOUND" : "stream: OK";
                    OutputStream out = connection.getOutputStream();
                    out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    // the test is over
                }
            }
        });
        daemon.setDaemon(true);
        daemon.start();
        return new VirusScanner("127.0.0.1", clamd.getLocalPort(), 5_000);
    }

    @Test
    void aCleanFileIsCleanAndAnInfectedOneNamesTheSignature() throws Exception {
        VirusScanner scanner = scannerWithDaemon();
        byte[] large = new byte[200_000];
        System.arraycopy(EICAR_PDF, 0, large, 131_000, EICAR_PDF.length);

        assertThat(scanner.scan(PDF)).isEqualTo(new VirusScanner.Verdict.Clean());
        assertThat(scanner.scan(EICAR_PDF)).isEqualTo(new VirusScanner.Verdict.Infected("Eicar-Signature"));
        assertThat(scanner.scan(large)).as("found across chunks").isInstanceOf(VirusScanner.Verdict.Infected.class);
    }

    @Test
    void anInfectedUploadIsRefusedWithAClearMessage() throws Exception {
        List<Violation> violations = ReferralService.checkUploads(
                List.of(new Upload("report.pdf", EICAR_PDF), new Upload("clean.pdf", PDF)),
                Optional.of(scannerWithDaemon()));

        assertThat(violations).extracting(Violation::message)
                .containsExactly("report.pdf was refused: the virus scanner found malware in it.");
    }

    @Test
    void whenTheScannerCannotBeReachedTheUploadIsRefusedNotLetThrough() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        List<Violation> violations = ReferralService.checkUploads(List.of(new Upload("clean.pdf", PDF)),
                Optional.of(new VirusScanner("127.0.0.1", closedPort, 2_000)));

        assertThat(violations).extracting(Violation::message)
                .containsExactly("clean.pdf could not be checked for viruses just now. Try again in a few minutes.");
    }

    @Test
    void aDatasetFileIsJudgedTheSameWayWhateverItsType() throws Exception {
        Optional<VirusScanner> scanner = Optional.of(scannerWithDaemon());
        byte[] csv = "id,name\n1,Chicken Shop\n".getBytes(StandardCharsets.US_ASCII);
        byte[] infectedCsv = ("id,name\n1," + new String(EICAR_PDF, StandardCharsets.US_ASCII) + "\n")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(VirusScanner.refusal(scanner, "fhrs.csv", csv)).isEmpty();
        assertThat(VirusScanner.refusal(scanner, "fhrs.csv", infectedCsv))
                .contains("fhrs.csv was refused: the virus scanner found malware in it.");
        assertThat(VirusScanner.refusal(Optional.empty(), "fhrs.csv", infectedCsv)).as("no scanner configured").isEmpty();
    }

    @Test
    void withoutAScannerUploadsAreJudgedByTypeAndSizeAlone() {
        assertThat(ReferralService.checkUploads(List.of(new Upload("clean.pdf", PDF)), Optional.empty())).isEmpty();
        assertThat(VirusScanner.verdict("stream: OK")).isEqualTo(new VirusScanner.Verdict.Clean());
        assertThat(VirusScanner.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(VirusScanner.Verdict.Unavailable.class);
    }
}
