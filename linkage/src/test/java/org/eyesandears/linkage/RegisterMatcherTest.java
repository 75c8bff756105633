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

    /** A model fitted on 2,000 generated records, for the tests that only need some model. */
    private static LinkageModel smallModel;
    private static SyntheticFixture.Data small;

    private static synchronized LinkageModel smallModel() {
        if (smallModel == null) {
            small = SyntheticFixture.generate(2_000, 14);
            smallModel = new LinkageEngine(LinkageEngine.Options.defaults(true), s -> { }).fit(small.records());
        }
        return smallModel;
    }

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
    void aNewRecordNamingTheDistrictIsInTheTownTheRegisterGivesThatArea() {
        // The register gives "Headingley" and "Leeds" both under LS6; a new record without a
        // postcode names the district, the register record the town: similar towns, as a batch
        // run over both would say.
        List<LinkRecord> register = new ArrayList<>(SyntheticFixture.generate(2_000, 15).records());
        register.addAll(SyntheticFixture.headingleyAndLeeds("register"));
        RegisterMatcher matcher = new RegisterMatcher(smallModel(), register);

        List<ScoredPair> found = matcher.match(LinkRecord.builder("fire", "F9").name("Zephyr Vintage")
                .address("40 North Lane").town("Headingley").build(), 0.0001);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).idB()).isEqualTo("L1");
        assertThat(Explanation.of(found.get(0)).steps()).anyMatch(
                s -> s.label().equals("town") && s.text().startsWith("similar town names, or a district"));
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

    @Test
    void aSwitchboardInTheRegisterIsNoEvidenceForANewRecord() {
        // A hotel's businesses share its address and switchboard; a new business there on the
        // same line must not be taken for one of them because address and phone agree.
        LinkageModel model = smallModel();
        List<LinkRecord> register = new ArrayList<>(small.records());
        String[] names = {"Riverside Hotel", "Jade Garden Restaurant", "Blue Lagoon Spa"};
        for (int i = 0; i < names.length; i++) {
            register.add(LinkRecord.builder("register", "H" + i).name(names[i]).address("1 Quayside")
                    .postcode("NE1 3JE").phone("0191 230 5555").build());
        }
        RegisterMatcher matcher = new RegisterMatcher(model, register);
        LinkRecord newcomer = LinkRecord.builder("police", "P-9").name("Copper Kettle Tearoom")
                .address("1 Quayside").postcode("NE1 3JE").phone("0191 230 5555").build();
        LinkRecord restaurant = LinkRecord.builder("police", "P-10").name("Jade Garden")
                .address("1 Quayside").postcode("NE1 3JE").phone("01912305555").build();

        double unmarked = model.score(newcomer, register.get(register.size() - 1)).probability();
        List<ScoredPair> found = matcher.match(newcomer, 0.0);
        List<ScoredPair> theRestaurant = matcher.match(restaurant, LinkageEngine.DEFAULT_THRESHOLD);

        assertThat(unmarked).as("without the register's shared values").isGreaterThan(0.5);
        assertThat(found).filteredOn(p -> p.idB().startsWith("H")).hasSize(3)
                .allMatch(p -> p.probability() < 0.01, "a clearly different business at the hotel");
        assertThat(Explanation.of(found.get(0)).steps()).anyMatch(
                s -> s.label().equals("phone") && s.text().contains("no evidence either way"));
        assertThat(theRestaurant).isNotEmpty();
        assertThat(theRestaurant.get(0).idB()).isEqualTo("H1");
    }

    @Test
    void aNewRecordMakesALineSharedWhenItIsClearlyAnotherBusiness() {
        LinkageModel model = smallModel();
        List<LinkRecord> register = new ArrayList<>(small.records());
        register.add(LinkRecord.builder("register", "C1").name("Castle Dental Practice")
                .address("7 Castle Street").postcode("CF10 1BS").phone("029 2022 1234").build());
        RegisterMatcher matcher = new RegisterMatcher(model, register);

        ScoredPair neighbour = matcher.match(LinkRecord.builder("police", "P-1").name("Harbour Nail Bar")
                .address("7 Castle Street").postcode("CF10 1BS").phone("029 2022 1234").build(), 0.0).get(0);
        ScoredPair same = matcher.match(LinkRecord.builder("police", "P-2").name("Castle Dental")
                .address("7 Castle St").postcode("CF10 1BS").phone("02920221234").build(), 0.0).get(0);

        assertThat(neighbour.idB()).isEqualTo("C1");
        assertThat(Explanation.of(neighbour).steps()).anyMatch(
                s -> s.label().equals("phone") && s.text().contains("no evidence either way"));
        assertThat(same.idB()).isEqualTo("C1");
        assertThat(same.probability()).isGreaterThan(0.999);
        assertThat(Explanation.of(same).steps()).anyMatch(
                s -> s.label().equals("phone") && s.text().startsWith("same phone number"));
    }
}
