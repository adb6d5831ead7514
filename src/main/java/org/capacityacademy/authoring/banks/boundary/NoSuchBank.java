package org.capacityacademy.authoring.banks.boundary;

import jakarta.ejb.ApplicationException;

/** The course's draft has no such module, language or question: the page answers 404. */
@ApplicationException(rollback = true)
public class NoSuchBank extends RuntimeException {

    public NoSuchBank(String what) {
        super(what);
    }
}
