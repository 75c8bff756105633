package org.eyesandears.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    // Generating parameters for a few fields; the others are always missing.
    private static final double[] M_NAME = {0.70, 0.15, 0.08, 0.04, 0.03};
    private static final double[] U_NAME = {0.001, 0.002, 0.01, 0.05, 0.937};
    private static final double[] M_POSTCODE = {0.90, 0.06, 0.04};
    private static final double[] U_POSTCODE = {0.02, 0.10, 0.88};
    private static final double[] M_PHONE = {0.80, 0.05, 0.15};
    private static final double[] U_PHONE = {0.01, 0.01, 0.98};
    private static final double[] M_CONTACT = {0.60, 0.25, 0.15};
    private static final double[] U_CONTACT = {0.03, 0.07, 0.90};

    private static int draw(SplittableRandom r, double[] p) {
        double x = r.nextDouble();
        for (int l = 0; l < p.length; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }

    private static int pattern(SplittableRandom r, boolean match) {
        int p = 0;
        for (Field f : Field.values()) {
            int level = switch (f) {
                case NAME -> draw(r, match ? M_NAME : U_NAME);
                case POSTCODE -> r.nextDouble() < 0.2 ? Field.NULL : draw(r, match ? M_POSTCODE : U_POSTCODE);
                case PHONE -> r.nextDouble() < 0.3 ? Field.NULL : draw(r, match ? M_PHONE : U_PHONE);
                case CONTACT -> draw(r, match ? M_CONTACT : U_CONTACT);
                default -> Field.NULL;
            };
            p |= level << (Field.BITS * f.ordinal());
        }
        return p;
    }

    @Test
    void emRecoversTheGeneratingMatchProbabilitiesAndMatchShare() {
        SplittableRandom r = new SplittableRandom(17);
        Map<Integer, Long> counts = new HashMap<>();
        int n = 200_000;
        double share = 0.25;
        for (int i = 0; i < n; i++) {
            counts.merge(pattern(r, r.nextDouble() < share), 1L, Long::sum);
        }
        int[] random = new int[200_000];
        for (int i = 0; i < random.length; i++) {
            random[i] = pattern(r, false);
        }
        double[][] u = ModelTrainer.estimateU(random);

        ModelTrainer.EmResult em = ModelTrainer.em(counts, u);

        assertThat(em.converged()).isTrue();
        assertThat(em.iterations()).isLessThan(ModelTrainer.MAX_ITERATIONS);
        assertThat(em.matchShare()).isCloseTo(share, within(0.02));
        for (int l = 0; l < M_NAME.length; l++) {
            assertThat(em.m()[Field.NAME.ordinal()][l]).as("m name level %d", l)
                    .isCloseTo(M_NAME[l], within(0.03));
        }
        for (int l = 0; l < M_POSTCODE.length; l++) {
            assertThat(em.m()[Field.POSTCODE.ordinal()][l]).isCloseTo(M_POSTCODE[l], within(0.03));
            assertThat(u[Field.POSTCODE.ordinal()][l]).isCloseTo(U_POSTCODE[l], within(0.01));
        }
        for (int l = 0; l < M_PHONE.length; l++) {
            assertThat(em.m()[Field.PHONE.ordinal()][l]).isCloseTo(M_PHONE[l], within(0.03));
        }
    }

    @Test
    void identityFieldConflictsAreBoundedWhateverTheData() {
        double[][] m = ModelTrainer.initialM();
        m[Field.ADDRESS.ordinal()] = new double[] {0.5, 0.1, 0.2, 0.05, 0.15};
        ModelTrainer.constrain(m);
        double[] address = m[Field.ADDRESS.ordinal()];
        assertThat(address[2]).isEqualTo(ModelTrainer.CONFLICT_BOUNDS.get(Field.ADDRESS)[2]);
        assertThat(address[Comparer.ADDRESS_DIFFERENT])
                .isEqualTo(ModelTrainer.CONFLICT_BOUNDS.get(Field.ADDRESS)[Comparer.ADDRESS_DIFFERENT]);
        assertThat(address[0] + address[1] + address[2] + address[3] + address[4]).isCloseTo(1.0, within(1e-12));
        // The unbounded levels keep their proportions: exact, written differently, another street
        // under the same postcode.
        assertThat(address[0] / address[1]).isCloseTo(5.0, within(1e-9));
        assertThat(address[0] / address[3]).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void aFieldNeverFilledAddsNoWeight() {
        SplittableRandom r = new SplittableRandom(3);
        Map<Integer, Long> counts = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            counts.merge(pattern(r, r.nextDouble() < 0.3), 1L, Long::sum);
        }
        int[] random = new int[10_000];
        for (int i = 0; i < random.length; i++) {
            random[i] = pattern(r, false);
        }
        double[][] u = ModelTrainer.estimateU(random);

        ModelTrainer.EmResult em = ModelTrainer.em(counts, u);

        // UPRN and company are never filled by this generator (see pattern()).
        assertThat(em.m()[Field.UPRN.ordinal()]).containsExactly(u[Field.UPRN.ordinal()]);
        assertThat(em.m()[Field.COMPANY.ordinal()]).containsExactly(u[Field.COMPANY.ordinal()]);
    }
}
