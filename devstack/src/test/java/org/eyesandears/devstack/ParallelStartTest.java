package org.eyesandears.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ParallelStartTest {

    private final List<String> closed = new CopyOnWriteArrayList<>();

    private AutoCloseable server(String name) {
        return () -> closed.add(name);
    }

    @Test
    void whenOneServerFailsTheOthersAreAwaitedAndStoppedAndTheFailureIsThrown() {
        CountDownLatch databaseFailed = new CountDownLatch(1);
        ParallelStart start = new ParallelStart();
        start.start(() -> {
            // Keycloak is still starting when the database fails: it must not be left running.
            assertThat(databaseFailed.await(10, TimeUnit.SECONDS)).isTrue();
            return server("keycloak");
        });
        start.start(() -> {
            databaseFailed.countDown();
            throw new IllegalStateException("MariaDB did not start: port 13306 in use");
        });
        start.start(() -> server("mail"));

        assertThatThrownBy(start::awaitAll).hasMessageContaining("port 13306 in use");
        assertThat(closed).containsExactly("mail", "keycloak");
    }

    @Test
    void allFailuresAreReportedAndACheckedOneIsKept() {
        ParallelStart start = new ParallelStart();
        start.start(() -> {
            throw new java.io.IOException("Keycloak distribution not found");
        });
        start.start(() -> {
            throw new IllegalStateException("MariaDB did not start");
        });

        assertThatThrownBy(start::awaitAll)
                .hasRootCauseMessage("Keycloak distribution not found")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("MariaDB did not start"));
    }

    @Test
    void whenAllStartTheyAreReturnedAndNothingIsStopped() {
        ParallelStart start = new ParallelStart();
        start.start(() -> server("keycloak"));
        start.start(() -> null);

        List<AutoCloseable> running = start.awaitAll();

        assertThat(running).hasSize(1);
        assertThat(closed).isEmpty();
        ParallelStart.closeAll(running, null);
        assertThat(closed).containsExactly("keycloak");
    }
}
