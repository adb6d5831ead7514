package org.capacityacademy.assessment.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A short answer typed on any of the course languages' keyboards matches the accepted answer it means. */
class ShortAnswerComparisonTest {

    private static void same(String accepted, String typed) {
        assertEquals(ResponseFormat.comparable(accepted), ResponseFormat.comparable(typed), typed);
    }

    @Test
    void caseSpacingAndAFinalFullStopAreIgnored() {
        same("États Membres", "  états   membres. ");
        same("成员国", "成员国。");
        same("Member States", "MEMBER\u00A0STATES");
    }

    @Test
    void apostrophesQuotesAndDashesOfAnyKeyboardAreOne() {
        same("l’Assemblée générale", "l'Assemblée générale");
        same("« Chine »", "\"Chine\"");
        same("Азиатско‑Тихоокеанский", "Азиатско-Тихоокеанский");
        same("2010–2013", "2010-2013");
    }

    @Test
    void arabicDigitsVowelMarksAndAlefFormsAreOne() {
        same("15", "١٥");
        same("15", "۱۵");
        same("الأمم المتحدة", "الامم المتحدة");
        same("الأمم المتحدة", "الأُمَم المتّحدة");
        same("إنفاذ القانون", "انفاذ القانون");
        same("مستوى", "مستوي");
        same("الـدول", "الدول");
    }

    @Test
    void russianYoIsYe() {
        same("Объединённых", "Объединенных");
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(ResponseFormat.comparable("A/66/359"), ResponseFormat.comparable("A/66/358"));
        assertNotEquals(ResponseFormat.comparable("Genève"), ResponseFormat.comparable("Geneve"));
    }
}
