package org.eyesandears;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import com.tngtech.archunit.core.domain.JavaClass;

import org.junit.jupiter.api.Test;

/**
 * Everything a session keeps can be copied to another node (ADR 0038): the web module is
 * distributable, so a user keeps their session when their node goes, and server-side view state
 * holds the view-scoped beans. Every field of a view- or session-scoped bean, and everything
 * reachable from it through our own types and the element types of collections, must be
 * serializable; injected beans are proxies the container serializes by reference.
 */
class SessionStateSerializableTest {

    @Test
    void sessionAndViewScopedBeansHoldOnlySerializableState() {
        Set<String> problems = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        for (JavaClass bean : WebBoundariesTest.CLASSES) {
            if (bean.isAnnotatedWith(ViewScoped.class) || bean.isAnnotatedWith(SessionScoped.class)
                    || bean.isAnnotatedWith(ConversationScoped.class)) {
                Class<?> type = bean.reflect();
                if (!Serializable.class.isAssignableFrom(type)) {
                    problems.add(type.getName() + " is not Serializable");
                }
                checkFields(type, type.getSimpleName(), problems, seen);
            }
        }
        assertThat(problems).as("session state that cannot be copied to another node").isEmpty();
    }

    private static void checkFields(Class<?> type, String path, Set<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void check(Type type, String path, Set<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> c && !c.isPrimitive()) {
            if (c.isArray()) {
                check(c.getComponentType(), path + "[]", problems, seen);
            } else if (c.isInterface() || Modifier.isAbstract(c.getModifiers()) || c == Object.class) {
                // Collections, Map, ...: what they hold is checked through their type arguments.
                return;
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            } else if (c.getName().startsWith("org.eyesandears.")) {
                checkFields(c, path, problems, seen);
            }
        }
        // Type variables are bound by a subclass, whose own fields are checked.
    }
}
