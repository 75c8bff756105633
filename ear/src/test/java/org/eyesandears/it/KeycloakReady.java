package org.eyesandears.it;

import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Holds every test's own code (its {@code @BeforeAll}, {@code @BeforeEach} and test methods) until
 * the test stack's Keycloak has started, while extensions' callbacks go ahead: Arquillian starts
 * WildFly and deploys the application during Keycloak's start instead of after it ({@link TestStack}).
 *
 * <p>Registered for every test class through {@code META-INF/services/org.junit.jupiter.api.extension.Extension}
 * and {@code junit.jupiter.extensions.autodetection.enabled} in {@code junit-platform.properties}.
 */
public class KeycloakReady implements InvocationInterceptor {

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        afterKeycloak(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        afterKeycloak(invocation);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        afterKeycloak(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        afterKeycloak(invocation);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        return afterKeycloak(invocation);
    }

    /** Waits for Keycloak, then runs the test's own method. */
    private static <T> T afterKeycloak(Invocation<T> invocation) throws Throwable {
        TestStack.awaitKeycloak();
        return invocation.proceed();
    }
}
