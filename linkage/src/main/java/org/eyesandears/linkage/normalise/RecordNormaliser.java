package org.eyesandears.linkage.normalise;

import java.util.List;
import org.eyesandears.linkage.LinkRecord;

/** Applies every field normaliser to a {@link LinkRecord}. */
public final class RecordNormaliser {

    private RecordNormaliser() {
    }

    /**
     * Normalises all fields of a record. A postcode or town typed inside the address line is used
     * when the record has no separate postcode or town.
     *
     * @param r raw record
     * @return normalised record
     */
    public static NormalisedRecord normalise(LinkRecord r) {
        List<String> nameTokens = NameNormaliser.tokens(r.name());
        String name = nameTokens.isEmpty() ? null : String.join(" ", nameTokens);
        Address address = AddressNormaliser.parse(r.address());
        Postcode postcode = Postcode.parse(r.postcode());
        if (postcode == null && address != null) {
            postcode = address.postcode();
        }
        String town = TownNormaliser.normalise(r.town());
        if (town == null && address != null && address.locality() != null) {
            town = TownNormaliser.normalise(address.locality());
        }
        if (address != null && address.street() == null && address.houseNumber() == null) {
            address = null;
        }
        return new NormalisedRecord(r.source(), r.id(), name, List.copyOf(nameTokens), address, town,
                postcode, PhoneNormaliser.normalise(r.phone()),
                CompanyNumberNormaliser.normalise(r.company()), UprnNormaliser.normalise(r.uprn()),
                PersonNameNormaliser.normalise(r.contact()));
    }
}
