package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;

import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Which failures become page messages, looking through the wrappers a page action adds. */
class PageErrorHandlerTest {

    @Test
    void refusalsAreFoundInsideFacesElAndEjbWrappers() {
        InvalidInputException invalid = new InvalidInputException(
                List.of(new InvalidInputException.Violation("reason", "Say why.")));
        assertThat(PageErrorHandler.refusal(new FacesException(new ELException(invalid)))).contains(invalid);

        NotFoundException gone = new NotFoundException("visit");
        assertThat(PageErrorHandler.refusal(new ELException(gone))).contains(gone);

        ConcurrentChangeException changed = new ConcurrentChangeException("agreement");
        assertThat(PageErrorHandler.refusal(changed)).contains(changed);

        EJBAccessException denied = new EJBAccessException("WFLYEJB0364: Invocation on method ... is not allowed");
        assertThat(PageErrorHandler.refusal(new FacesException(denied))).contains(denied);

        OptimisticLockException stale = new OptimisticLockException();
        assertThat(PageErrorHandler.refusal(new ELException(new EJBTransactionRolledbackException("rolled back", stale))))
                .contains(stale);
    }

    @Test
    void anythingElseGoesOnToTheErrorPage() {
        assertThat(PageErrorHandler.refusal(new FacesException(new ELException(new NullPointerException())))).isEmpty();
        assertThat(PageErrorHandler.refusal(new EJBException(new IllegalStateException("bug")))).isEmpty();
        // A refusal caused by something that is not a wrapper is not ours to explain.
        assertThat(PageErrorHandler.refusal(new IllegalStateException(new NotFoundException("visit")))).isEmpty();
    }
}
