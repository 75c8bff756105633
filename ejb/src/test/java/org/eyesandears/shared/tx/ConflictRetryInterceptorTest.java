package org.eyesandears.shared.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class ConflictRetryInterceptorTest {

    /** What MariaDB Connector/J reports when Galera certification fails at commit, wrapped as WildFly wraps it. */
    @Test
    void aGaleraCertificationFailureDeepInTheCausesIsAConflict() {
        SQLException galera = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        Exception wrapped = new EJBTransactionRolledbackException("rolled back",
                new PersistenceException("could not execute statement", galera));
        assertThat(ConflictRetryInterceptor.isConflict(wrapped)).isTrue();
    }

    @Test
    void aDuplicateKeyOrAnotherFailureIsNoConflict() {
        assertThat(ConflictRetryInterceptor.isConflict(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(ConflictRetryInterceptor.isConflict(new IllegalStateException("no"))).isFalse();
    }
}
