package org.eyesandears.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts several servers at once and either has them all running or none: when one fails to start,
 * the others are awaited and those that did start are closed again before the failure is thrown, so
 * nothing is left holding the fixed test ports. Used by the integration tests' TestStack.
 */
public final class ParallelStart {

    private final List<CompletableFuture<? extends AutoCloseable>> starting = new ArrayList<>();

    /** Starts a server in the background; a null result means there was nothing to start. */
    public <T extends AutoCloseable> CompletableFuture<T> start(Callable<T> starter) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            try {
                return starter.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        starting.add(future);
        return future;
    }

    /**
     * Waits for every server. Returns them (those that were started, in start order) when all
     * started; otherwise closes the ones that did and throws the first failure, the others
     * suppressed in it.
     */
    public List<AutoCloseable> awaitAll() {
        List<AutoCloseable> started = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<? extends AutoCloseable> future : starting) {
            try {
                AutoCloseable server = future.join();
                if (server != null) {
                    started.add(server);
                }
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            closeAll(started, failure);
            throw failure;
        }
        return started;
    }

    /** Closes the servers in reverse order; a failure to close is added to {@code failure}, if any. */
    public static void closeAll(List<AutoCloseable> servers, RuntimeException failure) {
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).close();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
