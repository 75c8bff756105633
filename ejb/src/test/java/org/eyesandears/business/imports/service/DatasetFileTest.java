package org.eyesandears.business.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatasetFileTest {

    private static final ColumnMapping MAP = ColumnMapping.parse("id=Ref,name=Name,address=Line1+Line2,postcode=PC");

    private static DatasetFile.Read read(String csv) throws Exception {
        return DatasetFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), MAP, 0);
    }

    @Test
    void rowsAreMappedAndBadRowsNamedWithTheLinesTheyOccupy() throws Exception {
        DatasetFile.Read read = read("\uFEFFRef,Name,Line1,Line2,PC\n"
                + "1,Alpha,1 High St,,LU1 1AA\n"                 // line 2
                + "2,\"Beta\nBakery\",2 High St,Unit 4,LU1 1AA\n" // lines 3-4
                + "3,,3 High St,,LU1 1AA\n"                      // line 5
                + "1,Again,4 High St,,LU1 1AA\n"                 // line 6
                + "5,Short\n");                                  // line 7
        assertThat(read.rows()).extracting(DatasetFile.Row::line).containsExactly(2, 3);
        assertThat(read.rows().get(1).get("name")).isEqualTo("Beta\nBakery");
        assertThat(read.rows().get(1).get("address")).isEqualTo("2 High St, Unit 4");
        assertThat(read.problems()).extracting(DatasetFile.Problem::lines, DatasetFile.Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line 5", "no name (id 3)"),
                        org.assertj.core.groups.Tuple.tuple("line 6", "id 1 already used earlier in this file"),
                        org.assertj.core.groups.Tuple.tuple("line 7", "2 fields where the header has 5"));
    }

    @Test
    void aValueLongerThanTheRegisterKeepsIsABadRow() throws Exception {
        DatasetFile.Read read = read("Ref,Name,Line1,Line2,PC\n9,Name," + "x".repeat(501) + ",,LU1\n");
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems().get(0).message()).isEqualTo("address longer than 500 characters (id 9)");
    }

    @Test
    void aFileWithoutTheMappedColumnsIsRefusedNamingThem() {
        assertThatThrownBy(() -> read("Ref,Name\n1,A\n")).isInstanceOf(DatasetFile.UnreadableFileException.class)
                .hasMessage("The file has no column Line1, Line2, PC; its columns are Ref, Name.");
    }

    @Test
    void brokenQuotingStopsTheReadWithTheLine() {
        assertThatThrownBy(() -> read("Ref,Name,Line1,Line2,PC\n1,A,b,,c\n2,\"unclosed,x,,y\n"))
                .isInstanceOf(DatasetFile.UnreadableFileException.class)
                .hasMessageContaining("malformed CSV");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "Ref,Name,Line1,Line2,PC\n1,Caf\u00e9,a,,b\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DatasetFile.read(new ByteArrayInputStream(latin1), MAP, 0))
                .isInstanceOf(DatasetFile.UnreadableFileException.class).hasMessageContaining("UTF-8 text");
    }

    @Test
    void theHeaderAloneCanBeRead() throws Exception {
        assertThat(DatasetFile.header(new ByteArrayInputStream("A, B ,C\n1,2,3\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(List.of("A", "B", "C"));
    }

    @Test
    void eventDatesAreReadInTheFormsAgenciesExportAndKeptAsIso() throws Exception {
        ColumnMapping map = ColumnMapping.parse("id=Ref,name=Name,rating=Rating,date=When");
        DatasetFile.Read read = DatasetFile.read(new ByteArrayInputStream(("Ref,Name,Rating,When\n"
                + "1,A,1,2026-03-05T00:00:00\n"   // line 2: FHRS's RatingDate
                + "2,B,5,05/03/2026\n"            // line 3
                + "3,C,4,5 Mar 2026\n"            // line 4
                + "4,D,2,\n"                      // line 5: no date is no problem
                + "5,E,0,31/02/2026\n"            // line 6: no such day
                + "6,F,0,next Tuesday\n").getBytes(StandardCharsets.UTF_8)), map, 0);
        assertThat(read.rows()).extracting(r -> r.get("date")).containsExactly("2026-03-05", "2026-03-05", "2026-03-05", null);
        assertThat(read.problems()).extracting(DatasetFile.Problem::lines).containsExactly("line 6", "line 7");
        assertThat(read.problems().get(1).message()).startsWith("date \"next Tuesday\" not understood");
    }
}
