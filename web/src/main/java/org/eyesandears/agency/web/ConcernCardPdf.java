package org.eyesandears.agency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.ContactSummary;
import org.eyesandears.agency.service.IndicatorSummary;
import org.eyesandears.agency.service.ReferenceDataService;
import org.eyesandears.shared.pdf.PdfText;
import org.eyesandears.shared.time.London;

/**
 * The printable Concern Card: the golden indicators offered now, grouped by heading, each with the
 * agencies it goes to and the guidance for officers, then whom to contact in each agency and area.
 * Built from the live reference data at each download, so a reprint after an administrator's edit
 * shows the new wording. A4, continuing onto further pages rather than cutting anything; every
 * page marked and numbered ({@link PdfText}).
 */
@ApplicationScoped
public class ConcernCardPdf {

    @Inject
    AgencyService agencyService;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Clock clock;

    /** The card from the indicators and contacts in use now, as the caller's services return them. */
    public byte[] live() {
        return pdf(agencyService.listIndicators(), agencyService.agenciesByCode(), referenceData.contacts(),
                London.today(clock));
    }

    /** The card, marked OFFICIAL (it names indicators and contacts, nothing about any business). */
    public byte[] pdf(List<IndicatorSummary> indicators, Map<String, AgencySummary> agencies,
                      List<ContactSummary> contacts, LocalDate printedOn) {
        PdfText w = new PdfText("Eyes and Ears: Concern Card", "OFFICIAL", "Eyes and Ears Concern Card");
        w.strong("Eyes and Ears: Concern Card", 16);
        w.text("Seen any of these signs at a business? Log a concern in Eyes and Ears (Log a concern) the same day."
                + " Each sign goes to the agencies named beside it. If anyone is in immediate danger, call 999.", 9);
        w.text("Printed " + London.DATE.format(printedOn) + " from the indicators in use that day.", 8);
        Map<String, List<IndicatorSummary>> byArea = new LinkedHashMap<>();
        indicators.forEach(i -> byArea.computeIfAbsent(i.concernArea(), k -> new ArrayList<>()).add(i));
        for (Map.Entry<String, List<IndicatorSummary>> area : byArea.entrySet()) {
            w.gap().strong(area.getKey(), 12);
            for (IndicatorSummary i : area.getValue()) {
                w.strong("[  ]  " + i.wording(), 10);
                w.indented("Goes to: " + String.join(", ", i.receivingAgencies().stream()
                        .map(code -> agencies.containsKey(code) ? agencies.get(code).shortName() : code).toList()), 9);
                if (i.guidance() != null && !i.guidance().isBlank()) {
                    w.indented("What to note: " + i.guidance().replaceAll("\\s+", " "), 9);
                }
            }
        }
        w.gap().strong("Whom to contact", 12);
        if (contacts.isEmpty()) {
            w.text("No contact points are recorded yet.", 9);
        }
        String agency = null;
        for (ContactSummary c : contacts) {
            if (!c.agencyCode().equals(agency)) {
                agency = c.agencyCode();
                w.strong(agencies.containsKey(agency) ? agencies.get(agency).name() : c.agencyName(), 10);
            }
            StringBuilder s = new StringBuilder(c.name()).append(", ").append(c.area());
            if (c.postcodeDistricts() != null) {
                s.append(" (").append(c.postcodeDistricts()).append(')');
            }
            if (c.phone() != null) {
                s.append(": ").append(c.phone());
            }
            if (c.email() != null) {
                s.append(c.phone() == null ? ": " : ", ").append(c.email());
            }
            w.indented(s.toString(), 9);
        }
        return w.finish();
    }
}
