package org.eyesandears.agency.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;

class ReferenceDataServiceTest {

    @Test
    void postcodeDistrictsAreOutwardCodesUpperCasedOnceEachWhateverSeparatesThem() {
        List<Violation> problems = new ArrayList<>();

        assertThat(ReferenceDataService.districts(" lu1, LU2;mk40  lu1 sg17 ec1a ", problems))
                .isEqualTo("LU1 LU2 MK40 SG17 EC1A");
        assertThat(ReferenceDataService.districts("  ", problems)).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void wholePostcodesAndPlaceNamesAreRefusedNamingEach() {
        List<Violation> problems = new ArrayList<>();

        ReferenceDataService.districts("LU1 3ET Luton MK40", problems);

        assertThat(problems).extracting(Violation::field).containsExactly("postcodeDistricts");
        assertThat(problems.get(0).message()).startsWith("Not postcode districts: 3ET, LUTON.");
    }

    @Test
    void codesPhonesAndAddressesFollowTheirPatterns() {
        assertThat(ReferenceDataService.CODE.matcher("GLAA_MINIBUS_2").matches()).isTrue();
        assertThat(ReferenceDataService.CODE.matcher("glaa").matches()).isFalse();
        assertThat(ReferenceDataService.CODE.matcher("_X").matches()).isFalse();
        assertThat(ReferenceDataService.PHONE.matcher("01632 960141").matches()).isTrue();
        assertThat(ReferenceDataService.PHONE.matcher("+44 (0)1632 960141").matches()).isTrue();
        assertThat(ReferenceDataService.PHONE.matcher("call us").matches()).isFalse();
        assertThat(ReferenceDataService.EMAIL.matcher("team@agency.example.gov.uk").matches()).isTrue();
        assertThat(ReferenceDataService.EMAIL.matcher("team at agency").matches()).isFalse();
    }
}
