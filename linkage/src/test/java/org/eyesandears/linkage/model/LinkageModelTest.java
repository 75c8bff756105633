package org.eyesandears.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.LinkageEngine;
import org.eyesandears.linkage.SyntheticFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageModelTest {

    private static LinkageModel fitted;

    private static synchronized LinkageModel model() {
        if (fitted == null) {
            List<LinkRecord> records = new ArrayList<>(SyntheticFixture.generate(5_000, 5).records());
            // A chain that trades under one name at many addresses, and one rare name twice.
            for (int i = 0; i < 60; i++) {
                records.add(LinkRecord.builder("synthetic", "chain" + i).name("Costcutter")
                        .address((i + 1) + " Chain Street").postcode("ZZ" + (i % 9 + 1) + " 1AB").build());
            }
            fitted = new LinkageEngine(LinkageEngine.Options.defaults(true), s -> { }).fit(records);
        }
        return fitted;
    }

    @Test
    void aRareNameCountsForMoreThanAChainName() {
        LinkageModel model = model();
        ScoredPair chain = model.score(
                LinkRecord.builder("a", "1").name("Costcutter").build(),
                LinkRecord.builder("b", "1").name("COSTCUTTER").build());
        ScoredPair rare = model.score(
                LinkRecord.builder("a", "2").name("Zanzibar Quokka Emporium").build(),
                LinkRecord.builder("b", "2").name("Zanzibar Quokka Emporium").build());

        FieldWeight chainName = chain.fields().get(Field.NAME.ordinal());
        FieldWeight rareName = rare.fields().get(Field.NAME.ordinal());
        assertThat(chainName.level()).isZero();
        assertThat(rareName.level()).isZero();
        assertThat(chainName.tfAdjustment()).isNegative();
        assertThat(rareName.weight()).isGreaterThan(chainName.weight() + 5);
    }

    @Test
    void scoresAgreeWithTheFieldWeightsAndTheProbability() {
        LinkageModel model = model();
        ScoredPair p = model.score(
                LinkRecord.builder("a", "1").name("Ocean Fish Bar").address("76 Harbour Parade")
                        .postcode("PL1 2QS").phone("01752 662020").build(),
                LinkRecord.builder("b", "1").name("Ocean Fish Bar Ltd").address("76 Harbour Pde")
                        .postcode("pl12qs").phone("+44 1752 662020").build());

        double sum = p.priorWeight();
        for (FieldWeight f : p.fields()) {
            sum += f.weight();
        }
        assertThat(p.matchWeight()).isCloseTo(sum, within(1e-9));
        assertThat(p.probability()).isCloseTo(LinkageModel.probability(p.matchWeight()), within(1e-12));
        assertThat(p.probability()).isGreaterThan(0.99);
        assertThat(p.fields().get(Field.PHONE.ordinal()).level()).isZero();
        assertThat(p.fields().get(Field.ADDRESS.ordinal()).level()).isZero();
    }

    @Test
    void neighboursSharingAPostcodeAreNotAMatch() {
        ScoredPair p = model().score(
                LinkRecord.builder("a", "1").name("Smith's Bakery").address("12 London Road")
                        .postcode("RG1 5BU").phone("0118 958 1212").build(),
                LinkRecord.builder("b", "1").name("Patel Pharmacy").address("14 London Road")
                        .postcode("RG1 5BU").phone("0118 958 3434").build());
        // The shared postcode is what neighbours have anyway: the address already says it, so it
        // is not counted a second time.
        assertThat(p.fields().get(Field.POSTCODE.ordinal()).weight()).isZero();
        assertThat(p.fields().get(Field.ADDRESS.ordinal()).weight()).isNegative();
        assertThat(p.probability()).isLessThan(0.01);
    }

    @Test
    void savedModelScoresExactlyAsTheOriginal(@TempDir Path dir) throws Exception {
        LinkageModel model = model();
        Path file = dir.resolve("model.json");
        model.save(file);
        LinkageModel loaded = LinkageModel.load(file);

        LinkRecord a = LinkRecord.builder("register", "B-1").name("Golden Dragon Takeaway")
                .address("45 High Street").town("Leeds").postcode("LS1 4AB").phone("0113 496 0101").build();
        LinkRecord b = LinkRecord.builder("new", "N-9").name("GOLDEN DRAGON TAKE AWAY")
                .address("45 High St").postcode("ls14ab").phone("+44 113 496 0101").build();
        assertThat(loaded.score(a, b).matchWeight()).isEqualTo(model.score(a, b).matchWeight());
        // Premises without a name weigh the same once loaded: the co-located share is saved.
        LinkRecord premises = LinkRecord.builder("fire", "R-3").address("45 HIGH STREET").town("LEEDS").build();
        assertThat(loaded.score(a, premises).matchWeight()).isEqualTo(model.score(a, premises).matchWeight());
        assertThat(loaded.coLocatedShare()).isEqualTo(model.coLocatedShare()).isLessThan(1);
        assertThat(loaded.priorProbability()).isEqualTo(model.priorProbability());
        assertThat(loaded.training()).isEqualTo(model.training());
        assertThat(Files.readString(file)).contains("\"format\": \"" + LinkageModel.FORMAT + "\"");
    }

    @Test
    void refusesAModelSavedByAnotherVersionSayingToFitItAgain() {
        assertThatThrownBy(() -> LinkageModel.fromJson("{\"format\": \"eyesandears-linkage-model/1\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another version").hasMessageContaining("fit it again");
    }

    @Test
    void refusesAFileThatIsNotAModel() {
        assertThatThrownBy(() -> LinkageModel.fromJson("{\"format\": \"something-else\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(LinkageModel.FORMAT);
    }
}
