package org.capacityacademy.platform.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodCallsTest {

    public record Lesson(String title, int minutes) {
        public String titled(String prefix, int times) {
            return prefix.repeat(times) + title;
        }

        public String fail() {
            throw new IllegalStateException("broken");
        }
    }

    public static class Overloads {
        public String one(String text) {
            return "text";
        }

        public String one(Integer number) {
            return "number";
        }

        public String spread(String... words) {
            return String.join(" ", words);
        }
    }

    record Hidden(String title) {
    }

    public static class Base {
        public Object value() {
            return "base";
        }
    }

    public static class Derived extends Base {
        @Override
        public String value() {
            return "derived";
        }
    }

    private final MethodCalls calls = new MethodCalls();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return calls;
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

    @Test
    void callsARecordsAccessorAndSaysItResolvedIt() {
        assertEquals("Norms", calls.invoke(context, new Lesson("Norms", 12), "title", null, new Object[0]));
        assertTrue(context.isPropertyResolved());
        assertEquals(12, calls.invoke(context, new Lesson("Norms", 12), "minutes", null, null));
    }

    @Test
    void passesArgumentsOfTheParameterTypes() {
        assertEquals("» » Norms", calls.invoke(context, new Lesson("Norms", 12), "titled", null, new Object[]{"» ", 2}));
    }

    @Test
    void leavesOverloadsVarargsUnknownNamesAndHiddenClassesToTheStandardResolvers() {
        assertNull(calls.invoke(context, new Overloads(), "one", null, new Object[]{"x"}));
        assertNull(calls.invoke(context, new Overloads(), "spread", null, new Object[]{"a", "b"}));
        assertNull(calls.invoke(context, new Lesson("Norms", 12), "subtitle", null, new Object[0]));
        assertNull(calls.invoke(context, new Hidden("Norms"), "title", null, new Object[0]));
        assertNull(calls.invoke(context, null, "title", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void callsTheOverridingMethod() {
        assertEquals("derived", calls.invoke(context, new Derived(), "value", null, new Object[0]));
    }

    @Test
    void aMethodExpressionOfOtherParameterTypesIsNotThisMethod() {
        assertNull(calls.invoke(context, new Lesson("Norms", 12), "titled", new Class<?>[]{Object.class, Object.class},
                new Object[]{"a", 1}));
    }

    @Test
    void whatTheMethodThrowsComesOutAsAnElException() {
        ELException thrown = assertThrows(ELException.class,
                () -> calls.invoke(context, new Lesson("Norms", 12), "fail", null, new Object[0]));
        assertEquals("broken", thrown.getCause().getMessage());
    }

    @Test
    void publicLibraryClassesToo() {
        assertEquals(2, calls.invoke(context, new java.util.ArrayList<>(List.of("a", "b")), "size", null, new Object[0]));
    }
}
