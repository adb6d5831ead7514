package org.capacityacademy.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.drafts.boundary.Drafts;

import java.util.Map;
import java.util.TreeMap;

/**
 * Test deployment only (it lives with the tests, never in the WAR the build ships): lets a
 * browser test's signed-in instructor start a small course of their own, as the course editor
 * would, so that they are its author. {@link Drafts#start} checks that they may.
 */
@Path("test/courses")
@RequestScoped
public class TestCourseResource {

    @Inject
    Drafts drafts;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("{code}")
    public Response start(@PathParam("code") String code) {
        drafts.start(currentUser.getEmail(), code, smallCourse(code));
        return Response.noContent().build();
    }

    /** A course in English and Arabic: one module, two lessons, three report paragraphs, a bank of one question. */
    public static Map<String, String> smallCourse(String code) {
        Map<String, String> files = new TreeMap<>();
        files.put("course.yaml", """
                id: %s
                version: 1
                defaultLanguage: en
                languages: [en, ar]
                title: {en: Cyber norms in brief, ar: موجز معايير الفضاء الإلكتروني}
                summary: {en: A short course., ar: دورة قصيرة.}
                report:
                  symbol: A/68/98
                  official: [ar]
                  coverage: some
                finalAssessment:
                  id: final
                  title: {en: Final assessment, ar: التقييم النهائي}
                  draw: 1
                  passMark: 70
                """.formatted(code));
        files.put("report/en/01-text.md", """
                ## 19
                International law, and in particular the Charter of the United Nations, is applicable.

                ## 20
                State sovereignty applies to State conduct of ICT-related activities.

                ## 21
                Efforts to address the security of ICTs must go hand-in-hand with respect for human rights.
                """);
        files.put("report/ar/01-text.md", """
                ## 19
                ينطبق القانون الدولي، ولا سيما ميثاق الأمم المتحدة.

                ## 20
                تنطبق سيادة الدول على تصرفها في الأنشطة المتصلة بتكنولوجيا المعلومات والاتصالات.

                ## 21
                يجب أن تسير الجهود الرامية إلى معالجة أمن تكنولوجيا المعلومات والاتصالات جنبًا إلى جنب مع احترام حقوق الإنسان.
                """);
        files.put("modules/01-law/module.yaml", """
                id: law
                title: {en: International law, ar: القانون الدولي}
                summary: {en: How law applies., ar: كيف ينطبق القانون.}
                quiz:
                  title: {en: Quiz, ar: اختبار}
                """);
        files.put("modules/01-law/01-the-charter.md", """
                ---
                id: the-charter
                title:
                  en: The Charter applies
                  ar: الميثاق ينطبق
                covers: ["19"]
                minutes: 8
                objectives:
                  en:
                    - Explain why the Charter applies to ICT (para. 19)
                  ar:
                    - شرح سبب انطباق الميثاق على تكنولوجيا المعلومات والاتصالات (الفقرة 19)
                terms:
                  - en: Charter of the United Nations
                    ar: ميثاق الأمم المتحدة
                    explanation:
                      en: The treaty that founded the United Nations.
                      ar: المعاهدة المنشئة للأمم المتحدة.
                ---
                <!-- en -->
                ### Law is the starting point

                The Group agreed that international law applies (para. 19).

                <!-- ar -->
                ### القانون نقطة البداية

                اتفق الفريق على أن القانون الدولي ينطبق (الفقرة 19).
                """);
        files.put("modules/01-law/02-sovereignty.md", """
                ---
                id: sovereignty
                title:
                  en: Sovereignty
                  ar: السيادة
                covers: ["20"]
                minutes: 6
                objectives:
                  en:
                    - Describe sovereignty in ICT (para. 20)
                  ar:
                    - وصف السيادة في مجال تكنولوجيا المعلومات والاتصالات (الفقرة 20)
                terms: []
                ---
                <!-- en -->
                Sovereignty applies (para. 20).

                <!-- ar -->
                تنطبق السيادة (الفقرة 20).
                """);
        files.put("modules/01-law/quiz.en.gift", """
                // cites: 19
                ::law-1:: Does international law apply to State use of ICT? {TRUE#It does (para. 19).#Right (para. 19).}
                """);
        files.put("modules/01-law/quiz.ar.gift", """
                // cites: 19
                ::law-1:: هل ينطبق القانون الدولي على استخدام الدول لتكنولوجيا المعلومات والاتصالات؟ {TRUE#نعم (الفقرة 19).#صحيح (الفقرة 19).}
                """);
        return files;
    }
}
