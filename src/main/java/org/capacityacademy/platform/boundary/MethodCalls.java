package org.capacityacademy.platform.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Method calls in page expressions ({@code #{lesson.title()}}, {@code #{format.one(key, n)}}),
 * answered from a per-class table of public methods. The standard bean resolver of Expression
 * Language 5 looks every call up again through {@code Class.getMethods()}, which copies the
 * class's methods each time: with a few dozen calls per page (records have no getters, so pages
 * call their accessors) that was a visible part of every page's processor time.
 *
 * <p>Only the plain case is answered here: a public method of a public class, the only one of its
 * name with that many parameters, not variable-arity. Anything else (overloads, varargs,
 * non-public classes) is left to the standard resolvers, unchanged. Arguments are coerced to the
 * parameter types by the context's own rules, as the standard resolver does.
 */
public class MethodCalls extends ELResolver {

    private static final Method AMBIGUOUS;

    static {
        try {
            AMBIGUOUS = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!Modifier.isPublic(type.getModifiers())) {
                return Map.of();
            }
            Map<String, Method> methods = new HashMap<>();
            for (Method method : type.getMethods()) {
                if (!Modifier.isPublic(method.getDeclaringClass().getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                methods.merge(key(method.getName(), method.getParameterCount()), method, MethodCalls::unlessOverloaded);
            }
            methods.values().removeIf(method -> method == AMBIGUOUS || method.isVarArgs());
            return Map.copyOf(methods);
        }
    };

    /** Two methods of one name and arity are an overload (the standard resolver chooses), unless one overrides the other. */
    private static Method unlessOverloaded(Method one, Method other) {
        if (Arrays.equals(one.getParameterTypes(), other.getParameterTypes())) {
            return one.getDeclaringClass().isAssignableFrom(other.getDeclaringClass()) ? other : one;
        }
        return AMBIGUOUS;
    }

    private static String key(String name, int parameters) {
        return name + '/' + parameters;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object name, Class<?>[] types, Object[] arguments) {
        if (base == null || name == null) {
            return null;
        }
        Object[] given = arguments == null ? new Object[0] : arguments;
        Method method = METHODS.get(base.getClass()).get(key(name.toString(), given.length));
        if (method == null || (types != null && !Arrays.equals(types, method.getParameterTypes()))) {
            return null;
        }
        Object[] coerced = coerce(context, method.getParameterTypes(), given);
        context.setPropertyResolved(base, name);
        try {
            return method.invoke(base, coerced);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    private static Object[] coerce(ELContext context, Class<?>[] types, Object[] arguments) {
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            coerced[i] = argument != null && boxed(types[i]).isInstance(argument) ? argument
                    : context.convertToType(argument, types[i]);
        }
        return coerced;
    }

    private static final Map<Class<?>, Class<?>> BOXES = List.of(boolean.class, byte.class, char.class, short.class, int.class,
            long.class, float.class, double.class).stream().collect(Collectors.toUnmodifiableMap(type -> type,
            type -> java.lang.invoke.MethodType.methodType(type).wrap().returnType()));

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? BOXES.get(type) : type;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the standard resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
