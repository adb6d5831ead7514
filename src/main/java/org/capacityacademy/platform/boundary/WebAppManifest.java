package org.capacityacademy.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.platform.control.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /manifest.webmanifest}: what makes the platform an installable web app (issue 19): its name
 * and description in the visitor's language, standalone display, the theme's colours and icons
 * served by the platform itself. Every page links to it.
 */
@WebServlet(WebAppManifest.PATH)
public class WebAppManifest extends HttpServlet {

    public static final String PATH = "/manifest.webmanifest";

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        var locale = language.getLocale();
        String json = Json.createObjectBuilder()
                .add("id", context + "/")
                .add("name", Messages.text(locale, "app.name"))
                .add("short_name", Messages.text(locale, "app.shortName"))
                .add("description", Messages.text(locale, "app.description"))
                .add("lang", language.getTag())
                .add("dir", language.getDirection())
                .add("start_url", context + "/learning/my-learning.xhtml")
                .add("scope", context + "/")
                .add("display", "standalone")
                .add("theme_color", "#0b4f8a")
                .add("background_color", "#ffffff")
                .add("icons", Json.createArrayBuilder()
                        .add(icon(context, 192)).add(icon(context, 512)))
                .build().toString();
        response.setContentType("application/manifest+json");
        response.setCharacterEncoding("UTF-8");
        // the name follows the person's language: a browser asks again rather than keep another language's
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie, Accept-Language");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static jakarta.json.JsonObjectBuilder icon(String context, int size) {
        return Json.createObjectBuilder().add("src", context + "/resources/icons/icon-" + size + ".png")
                .add("sizes", size + "x" + size).add("type", "image/png").add("purpose", "any maskable");
    }
}
