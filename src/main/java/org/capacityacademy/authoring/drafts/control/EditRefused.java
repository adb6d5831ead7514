package org.capacityacademy.authoring.drafts.control;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * An edit of a course's structure that would not make sense (a bad or taken id, an empty
 * title, a value out of range): nothing is changed, and the page says why with the message
 * key and its arguments, in the person's language.
 */
@ApplicationException(rollback = true)
public class EditRefused extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public EditRefused(String key, Object... arguments) {
        super(key + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
