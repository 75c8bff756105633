package org.eyesandears.visit.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.visit.model.CalendarFeed;
import org.eyesandears.visit.model.Visit;

/**
 * Personal calendar subscriptions. A user gets a secret feed address (the token is shown once and
 * only its SHA-256 is stored); a new address revokes the old one, and revoking leaves none. The feed
 * lists the visits the user takes part in with no intelligence: business name, time, place, lead
 * agency, status and a link.
 */
@Stateless
public class CalendarFeedService {

    /** How far back the feed reaches, so last month's visits stay in subscribers' calendars. */
    static final Duration HISTORY = Duration.ofDays(90);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A visit as a calendar entry: nothing a lost phone could leak beyond what a diary shows. */
    public record FeedEntry(long visitId, String businessName, String address, String postcode, Instant startsAt,
                            Instant endsAt, String leadAgencyName, String status, Instant lastModified) {
    }

    /** Whether the caller has a feed address now. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
    public boolean hasFeed() {
        return em.find(CalendarFeed.class, currentCaller.get().username()) != null;
    }

    /** A new secret for the caller's feed address, replacing any earlier one. Shown once. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
    public String issue() {
        String username = currentCaller.get().username();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = em.find(CalendarFeed.class, username);
        if (feed == null) {
            em.persist(new CalendarFeed(username, hash(token), clock.instant()));
        } else {
            feed.renew(hash(token), clock.instant());
        }
        audit.record(AuditOperation.ALTERATION, "calendar_feed", username, "new feed address", null);
        return token;
    }

    /** Revokes the caller's feed address: calendars subscribed to it get nothing more. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
    public void revoke() {
        String username = currentCaller.get().username();
        CalendarFeed feed = em.find(CalendarFeed.class, username);
        if (feed != null) {
            em.remove(feed);
            audit.record(AuditOperation.ALTERATION, "calendar_feed", username, "feed address revoked", null);
        }
    }

    /**
     * The entries of the feed the token opens, or empty for an unknown or revoked token: the visits
     * the owner is named on or planned, from {@link #HISTORY} ago, cancelled ones included so that
     * subscribed calendars drop them.
     */
    @PermitAll
    public Optional<List<FeedEntry>> feed(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        List<CalendarFeed> found = em.createQuery("select f from CalendarFeed f where f.tokenHash = :h",
                CalendarFeed.class).setParameter("h", hash(token)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String username = found.get(0).getUsername();
        // The token holder has no role: read directly rather than through role-checked services.
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("select a.code, a.name from Agency a", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        List<Visit> taking = em.createQuery("select distinct v from Visit v left join v.officers o"
                        + " where v.startsAt >= :from and (o.username = :u or v.createdBy = :u) order by v.startsAt",
                        Visit.class)
                .setParameter("from", clock.instant().minus(HISTORY))
                .setParameter("u", username)
                .setMaxResults(VisitQueries.MAX_VISITS)
                .getResultList();
        // The reader is whoever holds the token: the record names the feed's owner as the object.
        audit.record(AuditOperation.DISCLOSURE, "calendar_feed", username,
                taking.size() + " visits through the feed address", null);
        return Optional.of(taking.stream().map(v -> new FeedEntry(v.getId(), v.getBusiness().getTradingName(),
                v.getBusiness().getAddressLine1(), v.getBusiness().getPostcode(), v.getStartsAt(), v.getEndsAt(),
                names.getOrDefault(v.getLeadAgency(), v.getLeadAgency()), v.getStatus().name(),
                v.getChangedAt() != null ? v.getChangedAt() : v.getCreatedAt())).toList());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
