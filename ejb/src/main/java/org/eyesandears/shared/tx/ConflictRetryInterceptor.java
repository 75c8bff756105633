package org.eyesandears.shared.tx;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a {@link RetriedOnConflict} method again when its transaction was rolled back for a write
 * conflict (ADR 0039). Under Galera two nodes may change the same row at once (the audit chain's
 * head, a day's figure): certification lets the first commit win and rolls the other back with
 * error 1213, as a deadlock would. Nothing of the loser was kept, its audit rows included, so doing
 * it again is safe and loses nothing; the second attempt sees the winner's commit. Three attempts,
 * a short random pause between them; then the error goes to the caller as before.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class ConflictRetryInterceptor {

    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class.getName());

    /** ER_LOCK_DEADLOCK: an InnoDB deadlock, or Galera's "deadlock" of a failed certification. */
    static final int DEADLOCK = 1213;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            // Inside a transaction: the conflict rolls back the caller's work too; only it may retry.
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName() + ": write conflict (deadlock or Galera certification),"
                        + " attempt " + tried + " rolled back; trying again");
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60) * attempt);
            }
        }
    }

    /** Whether a write conflict rolled the transaction back, somewhere in the causes. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getErrorCode() == DEADLOCK || "40001".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isConflict(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
