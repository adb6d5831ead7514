package org.capacityacademy.administration.control;

import java.io.Serializable;

/** Why a whole file cannot be read (encoding, columns, size): a message key and its argument ({0}). */
public record FileProblem(String key, String argument) implements Serializable {
}
