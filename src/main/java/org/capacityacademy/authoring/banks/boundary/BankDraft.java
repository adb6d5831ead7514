package org.capacityacademy.authoring.banks.boundary;

import org.capacityacademy.authoring.banks.control.CourseDraft;
import org.capacityacademy.courseformat.gift.ModuleBank;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's question bank as a course's draft holds it, with what editing it needs to know.
 *
 * @param versions the version of each language's bank file read (0 for a file not there yet),
 *                 which saving expects to be unchanged
 * @param taken    the ids of the course's questions in the other modules
 * @param sections the ids of the draft's report sections
 */
public record BankDraft(String course, String folder, String moduleCode, CourseDraft draft, ModuleBank bank,
                        Map<String, Long> versions, Set<String> taken, Set<String> sections) {

    public List<String> languages() {
        return bank.languages();
    }
}
