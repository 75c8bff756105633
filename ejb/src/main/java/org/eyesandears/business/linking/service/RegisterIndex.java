package org.eyesandears.business.linking.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.RegisterMatcher;
import org.eyesandears.linkage.model.LinkageModel;

/**
 * The linkage model the application scores with, and the register prepared and indexed for
 * scoring ({@link RegisterMatcher}), rebuilt from the database after the register's records
 * change ({@link #invalidate()}). The model is the starting model shipped with the application
 * (fitted on synthetic UK business records; see docs/linkage.md and ADR 0006).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class RegisterIndex {

    private static final Logger LOG = Logger.getLogger(RegisterIndex.class.getName());
    /** Where the model was first shipped; refitting replaces the file in place (docs/linkage.md). */
    static final String MODEL = "/org/eyesandears/business/service/starting-model.json";

    @PersistenceContext
    EntityManager em;

    private LinkageModel model;
    private LinkThresholds thresholds;
    private volatile RegisterMatcher matcher;
    private volatile boolean stale = true;

    @PostConstruct
    void load() {
        thresholds = LinkThresholds.configured();
        try (InputStream in = RegisterIndex.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is missing from the application");
            }
            model = LinkageModel.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + MODEL, e);
        }
        LOG.info(() -> "record linkage: link automatically at " + thresholds.upperPercent()
                + ", review from " + thresholds.lowerPercent());
    }

    public LinkThresholds thresholds() {
        return thresholds;
    }

    public LinkageModel model() {
        return model;
    }

    /** The indexed register, rebuilt first when records changed since it was built. */
    public RegisterMatcher matcher() {
        RegisterMatcher current = matcher;
        if (current != null && !stale) {
            return current;
        }
        synchronized (this) {
            if (matcher == null || stale) {
                stale = false;
                long start = System.nanoTime();
                List<LinkRecord> records = new ArrayList<>();
                em.createQuery("select s.id, s.dataset.id, s.name, s.address, s.town, s.postcode, s.phone,"
                                + " s.companyNumber, s.uprn, s.contact from SourceRecord s", Object[].class)
                        .getResultStream()
                        .forEach(r -> records.add(new LinkRecord(String.valueOf(r[1]), String.valueOf(r[0]),
                                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                                (String) r[7], (String) r[8], (String) r[9])));
                matcher = new RegisterMatcher(model, records);
                LOG.fine(() -> "indexed " + records.size() + " register records in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
            return matcher;
        }
    }

    /** The register's records changed: rebuild the index before the next scoring. */
    public void invalidate() {
        stale = true;
    }
}
