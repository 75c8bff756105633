package org.eyesandears.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.ConcernCardPage;
import org.eyesandears.it.pages.HomePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Benchmark, not a test of the suite (its name does not end in IT; bench/concern-card.sh runs it):
 * a scripted concern card on a phone-sized window, from the home page to the confirmation, about
 * an existing business with three indicators and a two-line note. Prints the page interactions it
 * took after sign-in and the scripted time of each run.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernCardBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 5);

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void scriptedConcernCard() throws Exception {
        WebDriver browser = session.open(Browser.PHONE);
        HomePage.signIn(browser, Stack.appUrl(), "officer.food");
        // One business in the register to pick from, as officers usually will.
        ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Benchmark Grill", "5 Station Road", "Luton", "LU1 1AA")
                .tick("DC_PESTS").observe("Seed referral for the benchmark.").grade(0, 0).submit();

        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            HomePage home = HomePage.open(browser, Stack.appUrl());
            long start = System.nanoTime();
            int interactions = 0;
            ConcernCardPage card = home.logConcern();                         // 1: open the card
            interactions++;
            card.chooseBusiness("benchmark grill", "Benchmark Grill")
                    .tick("IMM_WORKERS_LIVING").tick("FIRE_EXITS_BLOCKED").tick("HMRC_TWO_TILLS")
                    .observe("Mattresses in the store room.\nRear exit padlocked during service.")
                    .grade(0, 0);
            card.submit();                                                    // 2: send it
            interactions++;
            assertThat(card.confirmationHeading()).startsWith("Sent: EE-");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(interactions).isLessThanOrEqualTo(3);
            System.out.printf("BENCH concern-card run %d: %d page interactions after sign-in, %d ms scripted%n",
                    run + 1, interactions, millis.get(run));
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("BENCH concern-card median of %d runs: %d ms scripted (runs: %s)%n",
                RUNS, sorted.get(sorted.size() / 2), millis);
    }
}
