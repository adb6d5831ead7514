package org.capacityacademy.credential.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.country.entity.Country;
import org.capacityacademy.credential.control.Certificate;
import org.capacityacademy.credential.control.CertificateRenderer;
import org.capacityacademy.credential.control.Issuer;
import org.capacityacademy.credential.control.PdfSignatures;
import org.capacityacademy.credential.control.PdfSignatures.Signing;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The PDF certificate of a record, in the language of the record (the learner's), the course's title too when the course has it. */
@ApplicationScoped
public class Certificates {

    @Inject
    Countries countries;

    @Inject
    SigningKeys keys;

    @Inject
    CourseTitles titles;

    /** The certificate, signed by the academy (PAdES) with the record's code in the signature's reason. */
    public byte[] pdf(CompletionRecord record) {
        Locale locale = SupportedLanguage.fromTag(record.getLanguage()).orElse(SupportedLanguage.DEFAULT).getLocale();
        Signing signing = new Signing(Issuer.NAME,
                Messages.text(locale, "certificate.signatureReason", VerificationCode.display(record.getCode())),
                keys.issuer().publicUrl(), Instant.now());
        return PdfSignatures.sign(CertificateRenderer.pdf(certificate(record)), keys.documentKey(), signing, keys.timestamps());
    }

    Certificate certificate(CompletionRecord record) {
        SupportedLanguage language = SupportedLanguage.fromTag(record.getLanguage()).orElse(SupportedLanguage.DEFAULT);
        Locale locale = language.getLocale();
        String country = countries.find(record.getCountryCode()).map(c -> c.nameIn(locale)).orElse(record.getCountryCode());
        List<String> facts = new ArrayList<>();
        facts.add(Messages.text(locale, "certificate.version", String.valueOf(record.getCourseVersion())));
        if (record.getFinalScore() != null) {
            facts.add(Messages.text(locale, "certificate.score", number(record.getFinalScore(), locale)));
        }
        facts.add(Messages.text(locale, "certificate.hours", number(record.learningHours(), locale)));
        facts.add(Messages.text(locale, "certificate.completedOn", date(record.getCompletedAt(), locale)));
        facts.add(Messages.text(locale, "certificate.issuedOn", date(record.getIssuedAt(), locale)));
        String code = VerificationCode.display(record.getCode());
        CourseTitles.CourseTitle title = titles.of(record, language.getTag());
        return new Certificate(language.getTag(), language.isRightToLeft(), Messages.text(locale, "certificate.heading"),
                Messages.text(locale, "certificate.certifies"), record.getLearnerName(),
                country + " · " + record.getOrganisation(), Messages.text(locale, "certificate.completed"),
                title.text(), title.language(), facts, Messages.text(locale, "certificate.code"), code,
                Messages.text(locale, "certificate.verifyAt"), keys.issuer().verifyUrl(record.getCode()),
                Messages.text(locale, "certificate.issuer"),
                Messages.text(locale, "certificate.signed", keys.issuer().publicUrl() + "/verify"));
    }

    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
    }

    static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
