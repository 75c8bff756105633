package org.eyesandears.visit.service;

import java.io.Serializable;
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
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyNames;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.visit.model.CalendarFeed;
import org.eyesandears.visit.model.CalendarFeed.Revocation;
import org.eyesandears.visit.model.Visit;

/**
 * Personal calendar subscriptions. A user gets a secret feed address (the token is shown once and
 * only its SHA-256 is stored) that works for {@code CALENDAR_FEED_DAYS} (90 by default); a new
 * address replaces the old one. The user can revoke it, an administrator can revoke anyone's, and
 * disabling the user in Keycloak revokes it (the Keycloak listener tells the application, ADR 0021).
 * A revoked, expired or unknown address opens nothing, and each such attempt is audited as
 * {@code ACCESS_DENIED}. The feed lists the visits the user takes part in with no intelligence:
 * business name, time, place, lead agency, status and a link.
 */
@Stateless
public class CalendarFeedService {

    /** How far back the feed reaches, so last month's visits stay in subscribers' calendars. */
    static final Duration HISTORY = Duration.ofDays(90);

    /** How long a new address works unless the setting says otherwise. */
    static final int DEFAULT_LIFETIME_DAYS = 90;

    private static final AuditObject OBJECT = AuditObject.CALENDAR_FEED;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditService audit;

    @Inject
    AgencyNames agencyNames;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A visit as a calendar entry: nothing a lost phone could leak beyond what a diary shows. */
    public record FeedEntry(long visitId, String businessName, String address, String postcode, Instant startsAt,
                            Instant endsAt, String leadAgencyName, String status, Instant lastModified) {

        /** The visit as a calendar entry, its lead agency named from {@code names} (code to name). */
        static FeedEntry of(Visit v, Map<String, String> names) {
            return new FeedEntry(v.getId(), v.getBusiness().getTradingName(), VisitQueries.address(v.getBusiness()),
                    v.getBusiness().getPostcode(), v.getStartsAt(), v.getEndsAt(),
                    names.getOrDefault(v.getLeadAgency(), v.getLeadAgency()), v.getStatus().name(),
                    v.getChangedAt() != null ? v.getChangedAt() : v.getCreatedAt());
        }
    }

    /**
     * The caller's feed address as the feed page shows it: whether one works now, when it was made
     * and when it expires; for one that stopped working, when and why ({@code USER}, {@code ADMIN},
     * {@code DISABLED}, or {@code EXPIRED}).
     */
    public record FeedStatus(boolean active, Instant createdAt, Instant expiresAt, Instant endedAt, String endedWhy)
            implements Serializable {

        static final FeedStatus NONE = new FeedStatus(false, null, null, null, null);
    }

    /** A new address's secret (shown once) and when it expires. */
    public record IssuedFeed(String token, Instant expiresAt) {
    }

    /** How long a new address works: {@code CALENDAR_FEED_DAYS}, default 90. */
    static Duration lifetime() {
        return Duration.ofDays(VisitSettings.setting("CALENDAR_FEED_DAYS", DEFAULT_LIFETIME_DAYS));
    }

    /** The caller's feed address: working, ended (and why), or none. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
    public FeedStatus status() {
        CalendarFeed feed = em.find(CalendarFeed.class, currentCaller.get().username());
        if (feed == null) {
            return FeedStatus.NONE;
        }
        Instant now = clock.instant();
        if (feed.isLive(now)) {
            return new FeedStatus(true, feed.getCreatedAt(), feed.getExpiresAt(), null, null);
        }
        return feed.isRevoked()
                ? new FeedStatus(false, feed.getCreatedAt(), feed.getExpiresAt(), feed.getRevokedAt(),
                        feed.getRevokedWhy().name())
                : new FeedStatus(false, feed.getCreatedAt(), feed.getExpiresAt(), feed.getExpiresAt(), "EXPIRED");
    }

    /** A new secret for the caller's feed address, replacing any earlier one. Shown once. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
    public IssuedFeed issue() {
        String username = currentCaller.get().username();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(lifetime());
        CalendarFeed feed = em.find(CalendarFeed.class, username);
        if (feed == null) {
            em.persist(new CalendarFeed(username, hash(token), now, expires));
        } else {
            feed.renew(hash(token), now, expires);
        }
        audit.record(AuditOperation.ALTERATION, OBJECT, username, "feed address issued", null);
        return new IssuedFeed(token, expires);
    }

    /** Revokes the caller's feed address: calendars subscribed to it get nothing more. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
    public void revoke() {
        String username = currentCaller.get().username();
        end(username, Revocation.USER, username);
    }

    /** The users whose feed address works now, with when it expires (administrators). */
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Instant> liveFeeds() {
        Map<String, Instant> live = new TreeMap<>();
        em.createQuery("select f from CalendarFeed f where f.revokedAt is null and f.expiresAt > :now",
                        CalendarFeed.class)
                .setParameter("now", clock.instant())
                .getResultStream().forEach(f -> live.put(f.getUsername(), f.getExpiresAt()));
        return live;
    }

    /**
     * An administrator revokes a user's feed address (a lost phone, a leaver). Returns false when
     * the user has no working address.
     */
    @RolesAllowed(Roles.ADMIN)
    public boolean revokeFor(String username) {
        return end(username, Revocation.ADMIN, currentCaller.get().username());
    }

    /**
     * Revokes the feed address of a user Keycloak has just disabled. Callable without a role: the
     * only caller is the back-channel endpoint, after checking that Keycloak signed the notice.
     */
    @PermitAll
    public boolean revokeForDisabledUser(String username) {
        return end(username, Revocation.DISABLED, "keycloak");
    }

    private boolean end(String username, Revocation why, String by) {
        CalendarFeed feed = username == null ? null : em.find(CalendarFeed.class, username);
        if (feed == null || !feed.isLive(clock.instant())) {
            return false;
        }
        feed.revoke(why, by, clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditOperation.ALTERATION, OBJECT, username, "feed address revoked: " + why, null);
        return true;
    }

    /**
     * The entries of the feed the token opens, or empty for an unknown, revoked or expired token
     * (each such attempt audited as {@code ACCESS_DENIED}, naming the owner when the address was
     * theirs): the visits the owner is named on or planned, from {@link #HISTORY} ago, cancelled ones
     * included so that subscribed calendars drop them.
     */
    @PermitAll
    public Optional<List<FeedEntry>> feed(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            audit.record(AuditOperation.ACCESS_DENIED, OBJECT, "unknown", "no such feed address", null);
            return Optional.empty();
        }
        List<CalendarFeed> found = em.createQuery("select f from CalendarFeed f where f.tokenHash = :h",
                CalendarFeed.class).setParameter("h", hash(token)).getResultList();
        if (found.isEmpty()) {
            audit.record(AuditOperation.ACCESS_DENIED, OBJECT, "unknown", "no such feed address", null);
            return Optional.empty();
        }
        CalendarFeed feed = found.get(0);
        String username = feed.getUsername();
        if (!feed.isLive(clock.instant())) {
            audit.record(AuditOperation.ACCESS_DENIED, OBJECT, username, feed.isRevoked()
                    ? "feed address revoked: " + feed.getRevokedWhy() : "feed address expired", null);
            return Optional.empty();
        }
        // The token holder has no role: read directly rather than through role-checked services.
        Map<String, String> names = agencyNames.byCode();
        List<Visit> taking = em.createQuery("select distinct v from Visit v left join v.officers o"
                        + " where v.startsAt >= :from and (o.username = :u or v.createdBy = :u) order by v.startsAt",
                        Visit.class)
                .setParameter("from", clock.instant().minus(HISTORY))
                .setParameter("u", username)
                .setMaxResults(VisitQueries.MAX_VISITS)
                .getResultList();
        // The reader is whoever holds the token: the record names the feed's owner as the object.
        audit.record(AuditOperation.DISCLOSURE, AuditObject.CALENDAR_FEED, username,
                taking.size() + " visits through the feed address", null);
        return Optional.of(taking.stream().map(v -> FeedEntry.of(v, names)).toList());
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
