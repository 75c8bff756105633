package org.eyesandears.linkage.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eyesandears.linkage.csv.CsvFile.Problem;
import org.eyesandears.linkage.csv.CsvFile.Row;
import org.eyesandears.linkage.csv.CsvFile.UnreadableCsvException;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static List<Row> rows(byte[] bytes) throws IOException, UnreadableCsvException {
        List<Row> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(new ByteArrayInputStream(bytes))) {
            for (Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void skipsTheByteOrderMarkAndStripsColumnNames() throws Exception {
        try (CsvFile csv = CsvFile.open(new ByteArrayInputStream(utf8("\uFEFFid, Name ,town\n1,Café,Leeds\n")))) {
            assertThat(csv.header()).containsExactly("id", "Name", "town");
            assertThat(csv.next().fields()).containsExactly("1", "Café", "Leeds");
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void rowsKnowTheLinesTheySpanEvenWithLineBreaksInQuotes() throws Exception {
        List<Row> rows = rows(utf8("id,name\n1,\"Two\nline name\"\n\n2,Plain\n3,short,extra\n"));

        assertThat(rows).extracting(Row::lines).containsExactly("lines 2-3", "line 5", "line 6");
        assertThat(rows(utf8("id,name\r\n1,\"a\r\nb\r\nc\"\r\n2,d\r\n"))).extracting(Row::lines)
                .containsExactly("lines 2-4", "line 5");
        assertThat(rows.get(0).fields()).containsExactly("1", "Two\nline name");
        assertThat(rows.get(2).fields()).hasSize(3);
    }

    @Test
    void textThatIsNotUtf8StopsTheReadAtItsLine() {
        byte[] latin1 = "id,name\n1,Ok\n2,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> rows(latin1)).isInstanceOfSatisfying(UnreadableCsvException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        assertThatThrownBy(() -> rows(utf8("id,name\n1,\"open\"x,y\n")))
                .isInstanceOfSatisfying(UnreadableCsvException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void aColumnNamedTwiceIsAHeaderProblem() {
        assertThatThrownBy(() -> rows(utf8("id,name,id\n1,a,2\n")))
                .isInstanceOfSatisfying(UnreadableCsvException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.HEADER);
                    assertThat(e.line()).isEqualTo(1);
                });
    }
}
