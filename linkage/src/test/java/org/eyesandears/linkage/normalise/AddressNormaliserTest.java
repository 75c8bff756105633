package org.eyesandears.linkage.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressNormaliserTest {

    @Test
    void houseNumberIsPulledOutAndStreetAbbreviationsExpanded() {
        Address a = AddressNormaliser.parse("12 The Broadway");
        Address b = AddressNormaliser.parse("12, The Broadway");
        assertThat(a.houseNumber()).isEqualTo("12");
        assertThat(a.key()).isEqualTo(b.key()).isEqualTo("12 broadway")
                .isEqualTo(AddressNormaliser.parse("12 Broadway").key());
        assertThat(a.streetCore()).isEqualTo("broadway");
        assertThat(AddressNormaliser.parse("45 High St.").key()).isEqualTo("45 high street");
        assertThat(AddressNormaliser.parse("3 Station Rd").key()).isEqualTo("3 station road");
        assertThat(AddressNormaliser.parse("8 Park Ave").key()).isEqualTo("8 park avenue");
    }

    @Test
    void saintAtTheStartOfAStreetIsNotStreet() {
        assertThat(AddressNormaliser.parse("5 St Mary's Road").key()).isEqualTo("5 saint marys road");
        assertThat(AddressNormaliser.parse("5 Saint Marys Rd").key()).isEqualTo("5 saint marys road");
    }

    @Test
    void flatAndUnitNumbersAreSeparateFromTheHouseNumber() {
        Address a = AddressNormaliser.parse("Flat 2, 12 The Broadway");
        assertThat(a.flat()).isEqualTo("2");
        assertThat(a.houseNumber()).isEqualTo("12");
        assertThat(a.street()).isEqualTo("broadway");
        Address b = AddressNormaliser.parse("Unit 3B, 14 Canal Street");
        assertThat(b.flat()).isEqualTo("3b");
        assertThat(b.houseNumber()).isEqualTo("14");
        assertThat(AddressNormaliser.parse("3630 S. Wells Rm. 105").flat()).isEqualTo("105");
    }

    @Test
    void rangesAndLetteredNumbersStayWhole() {
        assertThat(AddressNormaliser.parse("12-14 Market Street").houseNumber()).isEqualTo("12-14");
        assertThat(AddressNormaliser.parse("12a Market Street").houseNumber()).isEqualTo("12a");
    }

    @Test
    void compassPointsAndStreetTypesAreLeftOutOfTheCore() {
        Address us1 = AddressNormaliser.parse("1119 N. Cleveland Ave");
        Address us2 = AddressNormaliser.parse("1119 North Cleveland");
        assertThat(us1.houseNumber()).isEqualTo("1119");
        assertThat(us1.streetCore()).isEqualTo(us2.streetCore()).isEqualTo("cleveland");
        assertThat(AddressNormaliser.parse("707 E. 37th St.").streetCore()).isEqualTo("37th");
    }

    @Test
    void trailingPostcodeAndTownAreLiftedOut() {
        Address uk = AddressNormaliser.parse("12 High St, Leeds LS1 4AB");
        assertThat(uk.postcode().value()).isEqualTo("LS1 4AB");
        assertThat(uk.key()).isEqualTo("12 high street");
        assertThat(uk.locality()).isEqualTo("leeds");
        Address us = AddressNormaliser.parse("27 Washington Oak Park IL 60302");
        assertThat(us.postcode().value()).isEqualTo("60302");
        assertThat(us.houseNumber()).isEqualTo("27");
    }

    @Test
    void multiLineAddressesReadAsCommaSeparated() {
        Address a = AddressNormaliser.parse("7 Market Place\nNorwich Market");
        assertThat(a.key()).isEqualTo("7 market place");
        assertThat(a.locality()).isEqualTo("norwich market");
    }

    @Test
    void blankIsMissing() {
        assertThat(AddressNormaliser.parse("   ")).isNull();
        assertThat(AddressNormaliser.parse(null)).isNull();
    }
}
