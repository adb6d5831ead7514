package org.capacityacademy.platform.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageSwitchTest {

    @Test
    void returnsOnlyToPathsOnThisSite() {
        assertEquals("/sign-in.xhtml?registered=true", LanguageSwitch.safeReturnPath("/sign-in.xhtml?registered=true"));
        assertEquals("/", LanguageSwitch.safeReturnPath("https://evil.example/"));
        assertEquals("/", LanguageSwitch.safeReturnPath("//evil.example/"));
        assertEquals("/", LanguageSwitch.safeReturnPath("/\\evil.example"));
        assertEquals("/", LanguageSwitch.safeReturnPath("/x\r\nSet-Cookie: a=b"));
        assertEquals("/", LanguageSwitch.safeReturnPath(null));
    }
}
