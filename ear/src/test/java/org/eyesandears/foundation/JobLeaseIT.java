package org.eyesandears.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.eyesandears.shared.schedule.Leases;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled work runs once across a cluster (issue 17, ADR 0033): nodes whose timers fire together
 * race for the job's lease on the real database, and exactly one wins each time; nobody runs the job
 * again within the hold; after it lapses the next firing runs.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void ofFourNodesFiringTogetherExactlyOneRunsTheJobEachTime() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                String job = "race-" + UUID.randomUUID();
                Instant now = Instant.now();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int node = 0; node < 4; node++) {
                    String holder = "node-" + node;
                    Callable<Boolean> fire = () -> {
                        try (Connection c = Database.connect()) {
                            start.await();
                            return Leases.take(c, job, holder, now, Duration.ofMinutes(5));
                        }
                    };
                    answers.add(nodes.submit(fire));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> answer : answers) {
                    winners += answer.get() ? 1 : 0;
                }
                assertThat(winners).as("round " + round).isEqualTo(1);
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aLeaseHeldStopsEveryoneUntilItLapsesEvenItsHolder() throws Exception {
        String job = "lapse-" + UUID.randomUUID();
        Instant firing = Instant.parse("2026-01-05T07:00:00Z");
        try (Connection c = Database.connect()) {
            assertThat(Leases.take(c, job, "node-a", firing, Duration.ofHours(6))).isTrue();
            assertThat(Leases.take(c, job, "node-b", firing.plusSeconds(2), Duration.ofHours(6)))
                    .as("a second node firing late").isFalse();
            assertThat(Leases.take(c, job, "node-a", firing.plus(Duration.ofHours(1)), Duration.ofHours(6)))
                    .as("the same node within the hold").isFalse();
            assertThat(Leases.take(c, job, "node-b", firing.plus(Duration.ofDays(1)), Duration.ofHours(6)))
                    .as("the next night").isTrue();
        }
    }
}
