package org.eyesandears.referral.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/**
 * The rules a concern card must meet before anything is stored, as plain logic: required fields,
 * lengths, UK postcode, Companies House number and UPRN formats, no visit in the future, at least
 * one indicator or an "other concern" with its agency, conditions with handling code C.
 */
public final class ReferralValidator {

    static final int OBSERVATION_MAX = 4000;
    static final int MAX_PEOPLE = 20;

    private static final Pattern POSTCODE = Pattern.compile(
            "^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})$");
    private static final Pattern COMPANY_NUMBER = Pattern.compile("^([0-9]{8}|[A-Z]{2}[0-9]{6}|R0[0-9]{6})$");
    private static final Pattern UPRN = Pattern.compile("^[0-9]{1,12}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    private ReferralValidator() {
    }

    /** Canonical UK postcode ("sw1a1aa" to "SW1A 1AA"), or the trimmed input if it cannot be. */
    public static String canonicalPostcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        return compact.length() < 5 || compact.length() > 7 ? postcode.trim()
                : compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** Companies House number upper-cased, short numeric forms padded to eight digits. */
    public static String canonicalCompanyNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String compact = number.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        return compact.matches("[0-9]{1,7}") ? "0".repeat(8 - compact.length()) + compact : compact;
    }

    /** Everything wrong with the card, field by field; empty when it may be submitted. */
    public static List<Violation> validate(NewReferral card, LocalDate todayInLondon) {
        List<Violation> v = new ArrayList<>();
        if (card.businessId() == null && card.newBusiness() == null) {
            v.add(new Violation("businessId", "Choose a business, or enter new premises."));
        }
        if (card.businessId() != null && card.newBusiness() != null) {
            v.add(new Violation("newBusiness", "Choose a business or enter new premises, not both."));
        }
        if (card.newBusiness() != null) {
            validateBusiness(card.newBusiness(), v);
        }
        if (card.visitDate() == null) {
            v.add(new Violation("visitDate", "Give the date of the visit."));
        } else if (card.visitDate().isAfter(todayInLondon)) {
            v.add(new Violation("visitDate", "The visit date cannot be in the future."));
        }
        maxLength(v, "visitReason", card.visitReason(), 500);
        if (isBlank(card.observation())) {
            v.add(new Violation("observation", "Describe what you saw."));
        } else {
            maxLength(v, "observation", card.observation(), OBSERVATION_MAX);
        }
        boolean other = !isBlank(card.otherConcern());
        if (card.indicatorCodes().isEmpty() && !other) {
            v.add(new Violation("indicatorCodes",
                    "Tick at least one indicator, or describe another concern and choose the agency for it."));
        }
        if (other && isBlank(card.otherConcernAgency())) {
            v.add(new Violation("otherConcernAgency", "Choose the agency the other concern is for."));
        }
        if (!other && !isBlank(card.otherConcernAgency())) {
            v.add(new Violation("otherConcern", "Describe the other concern for the agency you chose."));
        }
        maxLength(v, "otherConcern", card.otherConcern(), 1000);
        validatePeople(card, v);
        validateGrading(card.grading(), v);
        if (card.urgency() == null) {
            v.add(new Violation("urgency", "Say whether this is routine or urgent."));
        }
        return v;
    }

    private static void validateBusiness(NewReferral.NewBusiness b, List<Violation> v) {
        if (isBlank(b.tradingName())) {
            v.add(new Violation("newBusiness.tradingName", "Give the trading name."));
        }
        maxLength(v, "newBusiness.tradingName", b.tradingName(), 200);
        if (b.businessType() != null && !b.businessType().isBlank()
                && org.eyesandears.business.model.BusinessType.ofCode(b.businessType()).isEmpty()) {
            v.add(new Violation("newBusiness.businessType", "Choose the kind of business from the list, or leave it out."));
        }
        if (isBlank(b.addressLine1())) {
            v.add(new Violation("newBusiness.addressLine1", "Give the first line of the address."));
        }
        maxLength(v, "newBusiness.addressLine1", b.addressLine1(), 200);
        maxLength(v, "newBusiness.addressLine2", b.addressLine2(), 200);
        maxLength(v, "newBusiness.town", b.town(), 100);
        if (isBlank(b.postcode())) {
            v.add(new Violation("newBusiness.postcode", "Give the postcode."));
        } else if (!POSTCODE.matcher(canonicalPostcode(b.postcode())).matches()) {
            v.add(new Violation("newBusiness.postcode", "Enter a UK postcode, like SW1A 1AA."));
        }
        if (!isBlank(b.phone()) && !PHONE.matcher(b.phone().trim()).matches()) {
            v.add(new Violation("newBusiness.phone", "Enter a phone number of digits, spaces and + ( ) - only."));
        }
        if (!isBlank(b.companyNumber())
                && !COMPANY_NUMBER.matcher(canonicalCompanyNumber(b.companyNumber())).matches()) {
            v.add(new Violation("newBusiness.companyNumber",
                    "Enter a Companies House number: 8 digits, or 2 letters and 6 digits (e.g. SC123456)."));
        }
        if (!isBlank(b.uprn()) && !UPRN.matcher(b.uprn().trim()).matches()) {
            v.add(new Violation("newBusiness.uprn", "A UPRN is up to 12 digits."));
        }
    }

    private static void validatePeople(NewReferral card, List<Violation> v) {
        if (card.people().size() > MAX_PEOPLE) {
            v.add(new Violation("people", "Name at most " + MAX_PEOPLE + " people."));
        }
        for (int i = 0; i < card.people().size(); i++) {
            NewReferral.NewPerson p = card.people().get(i);
            String field = "people[" + i + "]";
            if (p == null || isBlank(p.nameOrDescription())) {
                v.add(new Violation(field + ".nameOrDescription", "Give a name or a description."));
                continue;
            }
            maxLength(v, field + ".nameOrDescription", p.nameOrDescription(), 200);
            maxLength(v, field + ".roleAtPremises", p.roleAtPremises(), 200);
            if (p.category() == null) {
                v.add(new Violation(field + ".category", "Choose suspect, victim, witness or other."));
            }
        }
    }

    private static void validateGrading(NewReferral.NewGrading g, List<Violation> v) {
        if (g == null) {
            v.add(new Violation("grading", "Grade the intelligence (source, assessment, handling)."));
            return;
        }
        if (g.source() == null) {
            v.add(new Violation("grading.source", "Choose how reliable the source is."));
        }
        if (g.intelligence() == null) {
            v.add(new Violation("grading.intelligence", "Choose how the source knows it (A to E)."));
        }
        if (g.handling() == null) {
            v.add(new Violation("grading.handling", "Choose a handling code (P or C)."));
        } else if (g.handling() == HandlingCode.C && isBlank(g.conditions())) {
            v.add(new Violation("grading.conditions", "Handling code C needs the conditions of sharing."));
        }
        maxLength(v, "grading.conditions", g.conditions(), 1000);
    }

    private static void maxLength(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "At most " + max + " characters (now " + value.length() + ")."));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
