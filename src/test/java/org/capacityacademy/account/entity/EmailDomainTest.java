package org.capacityacademy.account.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailDomainTest {

    @Test
    void aRuleCoversItsDomainAndSubdomainsButNotLookalikes() {
        List<String> rules = List.of("health.gov.example");
        assertTrue(EmailDomain.isCovered("nurse@health.gov.example", rules));
        assertTrue(EmailDomain.isCovered("Nurse@MOH.Health.gov.example", rules));
        assertFalse(EmailDomain.isCovered("nurse@wealth.gov.example", rules));
        assertFalse(EmailDomain.isCovered("nurse@evilhealth.gov.example", rules), "a suffix is not a subdomain");
        assertFalse(EmailDomain.isCovered("nurse@health.gov.example.evil.example", rules));
        assertFalse(EmailDomain.isCovered("not an address", rules));
        assertFalse(EmailDomain.isCovered(null, rules));
    }

    @Test
    void theMostSpecificRuleIsTheOneNamed() {
        assertEquals(Optional.of("moh.gov.example"),
                EmailDomain.coveringRule("a@x.moh.gov.example", List.of("gov.example", "moh.gov.example")));
        assertEquals(Optional.empty(), EmailDomain.coveringRule("a@other.example", List.of("gov.example")));
    }

    @Test
    void domainsAreTypedAsPeopleTypeThem() throws EmailDomain.NotADomain {
        assertEquals(Optional.of("health.gov.example"), EmailDomain.normalise("  @Health.GOV.example "));
        assertEquals(Optional.of("минздрав.рф"), EmailDomain.normalise("Минздрав.РФ"));
        assertEquals(Optional.empty(), EmailDomain.normalise("localhost"));
        assertEquals(Optional.empty(), EmailDomain.normalise("a@b.example"));
        assertEquals(Optional.empty(), EmailDomain.normalise("-bad.example"));
        assertEquals(List.of("a.example", "b.example"), EmailDomain.parseList("a.example, B.example\na.example;"));
        assertEquals(List.of(), EmailDomain.parseList("  "));
        EmailDomain.NotADomain problem = assertThrows(EmailDomain.NotADomain.class, () -> EmailDomain.parseList("a.example <script>"));
        assertEquals("<script>", problem.getWord());
    }
}
