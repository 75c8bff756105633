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
        // Words, towns, streets and postcode districts repeat across a register; one shared copy of
        // each keeps a million records within a small heap.
        List<String> nameTokens = NameNormaliser.tokens(r.name());
        String name = nameTokens.isEmpty() ? null : String.join(" ", nameTokens);
        // Words are compared, blocked on and weighted by rarity in their singular form; the name
        // itself stays as written, so an exact match still means the same words.
        if (!nameTokens.isEmpty()) {
            nameTokens.replaceAll(w -> NameNormaliser.wordForm(w).intern());
        }
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
        if (address != null) {
            address = new Address(intern(address.houseNumber()), intern(address.flat()),
                    intern(address.street()), intern(address.streetCore()), intern(address.locality()),
                    address.postcode());
        }
        if (postcode != null) {
            postcode = new Postcode(intern(postcode.value()), intern(postcode.outward()),
                    intern(postcode.inward()));
        }
        town = intern(town);
        return new NormalisedRecord(r.source(), r.id(), name, List.copyOf(nameTokens), address, town,
                postcode, PhoneNormaliser.normalise(r.phone()),
                CompanyNumberNormaliser.normalise(r.company()), UprnNormaliser.normalise(r.uprn()),
                PersonNameNormaliser.normalise(r.contact()));
    }

    private static String intern(String s) {
        return s == null ? null : s.intern();
    }
}
