package org.eyesandears.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eyesandears.linkage.explain.Explanation;
import org.eyesandears.linkage.model.LinkageModel;
import org.eyesandears.linkage.model.ScoredPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterMatcherTest {

    @Test
    void aNewReferralFindsItsBusinessInTheRegisterWithASavedModel(@TempDir Path dir) throws Exception {
        SyntheticFixture.Data data = SyntheticFixture.generate(10_000, 12);
        List<LinkRecord> register = new ArrayList<>(data.records());
        register.add(LinkRecord.builder("register", "B-CHICKEN").name("The Chicken Shop Ltd")
                .address("12 The Broadway").town("London").postcode("N8 9SU").phone("020 8340 1122")
                .build());
        register.add(LinkRecord.builder("register", "B-NEXT-DOOR").name("Broadway Launderette")
                .address("14 The Broadway").town("London").postcode("N8 9SU").phone("020 8340 9876")
                .build());
        LinkageModel fitted = new LinkageEngine(LinkageEngine.Options.defaults(true), s -> { })
                .fit(register);
        Path file = dir.resolve("model.json");
        fitted.save(file);

        RegisterMatcher matcher = new RegisterMatcher(LinkageModel.load(file), register);
        List<ScoredPair> found = matcher.match(LinkRecord.builder("police", "P-77")
                .name("Chicken Shop").address("12, Broadway").postcode("n89su").build(),
                LinkageEngine.DEFAULT_THRESHOLD);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).idB()).isEqualTo("B-CHICKEN");
        assertThat(found).extracting(ScoredPair::idB).doesNotContain("B-NEXT-DOOR");
        assertThat(Explanation.of(found.get(0)).steps()).anyMatch(
                s -> s.label().equals("address") && s.text().startsWith("same address"));
    }

    @Test
    void anUnknownBusinessFindsNothing() {
        SyntheticFixture.Data data = SyntheticFixture.generate(5_000, 13);
        LinkageModel model = new LinkageEngine(LinkageEngine.Options.defaults(true), s -> { })
                .fit(data.records());
        RegisterMatcher matcher = new RegisterMatcher(model, data.records());

        List<ScoredPair> found = matcher.match(LinkRecord.builder("police", "P-1")
                .name("Zanzibar Quokka Emporium").address("999 Nowhere Lane").postcode("ZE3 9XX")
                .phone("01595 000000").build(), LinkageEngine.DEFAULT_THRESHOLD);

        assertThat(found).isEmpty();
    }
}
