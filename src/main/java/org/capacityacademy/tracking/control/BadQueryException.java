package org.capacityacademy.tracking.control;

/** A request to the Statements resource that cannot be answered as asked: the client's mistake (400). */
public class BadQueryException extends RuntimeException {

    public BadQueryException(String message) {
        super(message);
    }
}
