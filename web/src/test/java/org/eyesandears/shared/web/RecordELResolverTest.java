package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;

import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Person(String name, int age) {
    }

    static class Bean {
        public String getName() {
            return "bean";
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = context();

        Object value = resolver.getValue(context, new Person("Priya Shah", 41), "name");

        assertThat(value).isEqualTo("Priya Shah");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesBeansAndUnknownComponentsToTheOtherResolvers() {
        ELContext context = context();

        assertThat(resolver.getValue(context, new Bean(), "name")).isNull();
        assertThat(resolver.getValue(context, new Person("A", 1), "email")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();

        assertThat(resolver.isReadOnly(context, new Person("A", 1), "age")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, new Person("A", 1), "age", 2))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return new RecordELResolver();
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
