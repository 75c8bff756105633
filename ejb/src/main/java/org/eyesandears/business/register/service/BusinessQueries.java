package org.eyesandears.business.register.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eyesandears.business.model.Business;
import org.eyesandears.shared.query.Like;
import org.eyesandears.shared.security.Roles;

/**
 * Finding businesses in the register for the concern card's type-ahead: every word typed must
 * appear in the name, address, town or postcode, in any order, ignoring case and punctuation.
 * Names an agency dataset lists the business under count too, and businesses merged into another
 * are found as that other. The register holds no intelligence, so every officer may search it.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
public class BusinessQueries {

    static final int MAX_WORDS = 6;

    @PersistenceContext
    EntityManager em;

    public List<BusinessSummary> search(String text, int max) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select b from Business b where b.mergedInto is null");
        for (int i = 0; i < words.size(); i++) {
            String p = ":w" + i;
            String like = " like " + p + " escape '!'";
            jpql.append(" and (lower(b.tradingName)").append(like)
                    .append(" or lower(b.addressLine1)").append(like)
                    .append(" or lower(b.town)").append(like)
                    .append(" or lower(function('replace', b.postcode, ' ', ''))").append(like)
                    .append(" or exists (select s from SourceRecord s where s.business = b and lower(s.name)")
                    .append(like).append("))");
        }
        jpql.append(" order by b.tradingName, b.id");
        TypedQuery<Business> query = em.createQuery(jpql.toString(), Business.class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, Like.containing(words.get(i)));
        }
        return query.setMaxResults(Math.min(Math.max(max, 1), 50)).getResultStream()
                .map(BusinessQueries::summary).toList();
    }

    public Optional<BusinessSummary> find(long id) {
        return Optional.ofNullable(em.find(Business.class, id)).map(BusinessQueries::summary);
    }

    /** The business as the register has it now: a business merged into another is found as that other. */
    public Optional<BusinessSummary> current(long id) {
        Business b = em.find(Business.class, id);
        for (int hops = 0; b != null && b.getMergedInto() != null && hops < 10; hops++) {
            b = b.getMergedInto();
        }
        return Optional.ofNullable(b).map(BusinessQueries::summary);
    }

    /** Lower-case words without punctuation; LIKE wildcards typed by the user match literally nothing. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" "))
                .filter(w -> !w.isEmpty())
                .limit(MAX_WORDS)
                .toList();
    }

    private static BusinessSummary summary(Business b) {
        return new BusinessSummary(b.getId(), b.getTradingName(), b.getAddressLine1(), b.getTown(),
                b.getPostcode(), b.isConfirmed());
    }
}
