package org.capacityacademy.credential.control;

import java.util.List;

/**
 * What a certificate says, every text already in its language: the renderer only lays it out.
 *
 * @param facts       lines such as the score, the learning hours and the dates
 * @param signedNote  that the PDF is digitally signed, and how to check it
 */
public record Certificate(String language, boolean rightToLeft, String heading, String certifies, String learnerName,
                          String learnerDetails, String completed, String courseTitle, String courseLanguage,
                          List<String> facts, String codeLabel, String code, String verifyText, String verifyUrl,
                          String issuer, String signedNote) {
}
