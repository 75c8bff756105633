package org.eyesandears.business.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class BusinessTypeTest {

    @Test
    void theFoodHygieneRegistersOwnWordsAreReadIntoTheRegistersTypes() {
        assertThat(BusinessType.fromText("Takeaway/sandwich shop")).contains(BusinessType.TAKEAWAY);
        assertThat(BusinessType.fromText("Restaurant/Cafe/Canteen")).contains(BusinessType.RESTAURANT);
        assertThat(BusinessType.fromText("Retailers - supermarkets/hypermarkets")).contains(BusinessType.SHOP);
        assertThat(BusinessType.fromText("Hotel/bed & breakfast/guest house")).contains(BusinessType.HOTEL);
        assertThat(BusinessType.fromText("Manufacturers/packers")).contains(BusinessType.FACTORY);
    }

    @Test
    void theTypesPartnershipsTargetAreRecognisedAndNothingIsGuessed() {
        assertThat(BusinessType.fromText("Hand car wash")).contains(BusinessType.CAR_WASH);
        assertThat(BusinessType.fromText("NAIL BAR")).as("a nail bar is no bar").contains(BusinessType.NAIL_BAR);
        assertThat(BusinessType.fromText("Barber shop")).as("a barber's before a shop").contains(BusinessType.BARBER);
        assertThat(BusinessType.fromText("HMO licence")).contains(BusinessType.HMO);
        assertThat(BusinessType.fromText("Money transfer agent")).contains(BusinessType.MONEY_SERVICE);
        assertThat(BusinessType.fromText("MONEY_SERVICE")).contains(BusinessType.MONEY_SERVICE);
        assertThat(BusinessType.fromText("Pub/bar/nightclub")).isEmpty();
        assertThat(BusinessType.fromText(" ")).isEmpty();
        assertThat(BusinessType.ofCode("takeaway")).contains(BusinessType.TAKEAWAY);
        assertThat(BusinessType.ofCode("Takeaway shop")).isEqualTo(Optional.empty());
    }
}
