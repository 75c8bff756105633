package org.eyesandears.shared.tx;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * The annotated bean's methods run again, in a new transaction, when the database rolled their
 * transaction back for a write conflict: an InnoDB deadlock, or a Galera certification failure,
 * which replaces a row lock between nodes and surfaces as the same error (ADR 0039). Only where the
 * method itself starts and ends the transaction: put it on callers of services (API resources), never
 * inside a transaction, and only on methods whose every write is in that one transaction.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {
}
