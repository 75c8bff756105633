package org.eyesandears.business.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void theSavedFormReadsBackToTheSameMapping() {
        String saved = "id=FHRSID,name=BusinessName,address=AddressLine1+AddressLine2,postcode=PostCode";
        ColumnMapping mapping = ColumnMapping.parse(saved);
        assertThat(mapping.columns()).containsEntry("address", List.of("AddressLine1", "AddressLine2"));
        assertThat(mapping.format()).isEqualTo(saved);
        assertThat(ColumnMapping.parse(mapping.format())).isEqualTo(mapping);
    }

    @Test
    void fieldsAreKeptInTheRegistersOrderWhateverOrderTheyWereGivenIn() {
        assertThat(ColumnMapping.parse(" postcode = PC , name=N,id=I ").format()).isEqualTo("id=I,name=N,postcode=PC");
    }

    @Test
    void requiredFieldsAndUnknownColumnsAreNamed() {
        ColumnMapping mapping = ColumnMapping.parse("name=Premises,address=Addr+Town");
        assertThat(mapping.missingRequired()).containsExactly("id");
        assertThat(mapping.unknownColumns(List.of("Premises", "Addr"))).containsExactly("Town");
    }

    @Test
    void severalColumnsAreJoinedSkippingBlanks() {
        ColumnMapping mapping = ColumnMapping.parse("id=I,name=N,address=A1+A2+A3");
        assertThat(mapping.value("address", Map.of("A1", " 12 High St ", "A2", " ", "A3", "Luton"))).isEqualTo("12 High St, Luton");
        assertThat(mapping.value("address", Map.of("A1", "", "A2", "", "A3", ""))).isNull();
        assertThat(mapping.value("phone", Map.of())).isNull();
    }

    @Test
    void unreadableMappingsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ColumnMapping.parse("id=A,colour=B")).hasMessageContaining("unknown field \"colour\"");
        assertThatThrownBy(() -> ColumnMapping.parse("id")).hasMessageContaining("\"id\" is not field=column");
    }

    @Test
    void commonHeadersAreSuggestedForAFileWithoutASavedMapping() {
        ColumnMapping fhrs = ColumnMapping.suggest(List.of("FHRSID", "BusinessName", "BusinessType", "AddressLine1",
                "AddressLine2", "PostCode", "RatingValue", "RatingDate"));
        assertThat(fhrs.format()).isEqualTo("id=FHRSID,name=BusinessName,address=AddressLine1+AddressLine2,"
                + "postcode=PostCode,businesstype=BusinessType,rating=RatingValue,date=RatingDate");
        ColumnMapping fire = ColumnMapping.suggest(List.of("Ref", "Premises", "Address", "Post code", "Rating", "Status",
                "Inspection date", "Notes"));
        assertThat(fire.format()).isEqualTo("id=Ref,name=Premises,address=Address,postcode=Post code,status=Status,"
                + "rating=Rating,date=Inspection date");
        assertThat(ColumnMapping.suggest(List.of("Colour", "Size")).columns()).isEmpty();
    }

    @Test
    void whatTheAgencyRecordedIsMappedLikeAnyField() {
        ColumnMapping mapping = ColumnMapping.parse("id=I,name=N,type=Kind,status=Outcome,rating=Score,date=When");
        assertThat(mapping.format()).isEqualTo("id=I,name=N,type=Kind,status=Outcome,rating=Score,date=When");
        assertThat(mapping.value("rating", Map.of("Score", " 1 "))).isEqualTo("1");
    }
}
