package org.eyesandears.linkage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClustererTest {

    private static final double STRONG = 10;
    private final Clusterer clusterer = new Clusterer(3, STRONG);

    /** Two businesses of three records each (0-2 and 3-5), tightly linked inside. */
    private static int[][] twoTriangles() {
        return new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}};
    }

    private Clusterer.Result run(int[][] links, double[] weights) {
        int[] a = new int[links.length];
        int[] b = new int[links.length];
        for (int k = 0; k < links.length; k++) {
            a[k] = links[k][0];
            b[k] = links[k][1];
        }
        return clusterer.cluster(6, a, b, weights);
    }

    @Test
    void linkedRecordsFormConnectedComponents() {
        Clusterer.Result r = run(twoTriangles(), new double[] {20, 20, 20, 20, 20, 20});
        assertThat(r.clusterCount()).isEqualTo(2);
        assertThat(r.clusterOf()[0]).isEqualTo(r.clusterOf()[1]).isEqualTo(r.clusterOf()[2]);
        assertThat(r.clusterOf()[3]).isEqualTo(r.clusterOf()[5]).isNotEqualTo(r.clusterOf()[0]);
    }

    @Test
    void oneWeakLinkDoesNotChainTwoEstablishedBusinesses() {
        int[][] links = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};
        Clusterer.Result r = run(links, new double[] {20, 20, 20, 20, 20, 20, 4});
        assertThat(r.clusterCount()).isEqualTo(2);
        assertThat(r.clusterOf()[2]).isNotEqualTo(r.clusterOf()[3]);
        assertThat(r.guardedJoins()).isEqualTo(1);
    }

    @Test
    void oneStrongLinkJoinsThem() {
        int[][] links = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};
        Clusterer.Result r = run(links, new double[] {20, 20, 20, 20, 20, 20, STRONG + 1});
        assertThat(r.clusterCount()).isEqualTo(1);
    }

    @Test
    void severalWeakLinksJoinThem() {
        int[][] links = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}, {1, 4}};
        Clusterer.Result r = run(links, new double[] {20, 20, 20, 20, 20, 20, 4, 4});
        assertThat(r.clusterCount()).isEqualTo(1);
        assertThat(r.guardedJoins()).isZero();
    }

    @Test
    void aSmallClusterStillJoinsThroughOneWeakLink() {
        // Record 5 alone links weakly to the triangle 0-2: the guard only protects two big clusters.
        int[][] links = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {2, 5}};
        Clusterer.Result r = run(links, new double[] {20, 20, 20, 20, 4});
        assertThat(r.clusterOf()[5]).isEqualTo(r.clusterOf()[0]);
        assertThat(r.clusterCount()).isEqualTo(2);
    }
}
