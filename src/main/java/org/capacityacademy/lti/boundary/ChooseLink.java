package org.capacityacademy.lti.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.lti.control.DeepLinkingRequest;
import org.capacityacademy.lti.control.LinkTarget;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.boundary.SecurityHeaders;
import org.capacityacademy.platform.control.Messages;

import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code lti/deep-link.xhtml}: an instructor sent by their platform to choose content picks a
 * published course, one of its modules or one of its lessons; the page then holds the signed answer
 * in a form that posts it back to the platform (the page's policy lets that one form post there).
 */
@Named
@ViewScoped
public class ChooseLink implements Serializable {

    @Inject
    transient Catalog catalog;

    @Inject
    transient DeepLinking deepLinking;

    @Inject
    Language language;

    private List<CourseOutline> courses;
    private boolean lineItem = true;
    private String answer;
    private String chosenTitle;

    /** The request this session holds, if an instructor was sent here by a platform. */
    public Optional<DeepLinkingRequest> request() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && session.getAttribute(DeepLinkingRequest.ATTRIBUTE) instanceof DeepLinkingRequest request
                ? Optional.of(request) : Optional.empty();
    }

    public boolean isRequested() {
        return request().isPresent();
    }

    public String getPlatformName() {
        return request().map(DeepLinkingRequest::platformName).orElse("");
    }

    public boolean isLineItemAccepted() {
        return request().map(DeepLinkingRequest::acceptLineItem).orElse(false);
    }

    public List<CourseOutline> getCourses() {
        if (courses == null) {
            courses = catalog.courses(language.getTag()).stream()
                    .flatMap(card -> catalog.course(card.code(), language.getTag()).stream()).toList();
        }
        return courses;
    }

    /** Builds the signed answer for the chosen item ({@code item}: {@code course:c}, {@code module:c:m} or {@code lesson:c:l}). */
    public void choose() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<DeepLinkingRequest> request = request();
        Optional<Choice> choice = Choice.of(external.getRequestParameterMap().get("item"), getCourses());
        if (request.isEmpty()) {
            FacesMessages.error(null, "lti.deepLink.noRequest");
            return;
        }
        if (choice.isEmpty()) {
            FacesMessages.error(null, "lti.deepLink.chooseOne");
            return;
        }
        String label = lineItem ? Messages.text(language.getLocale(), "lti.deepLink.lineItemLabel", choice.get().courseTitle()) : null;
        chosenTitle = choice.get().title();
        answer = deepLinking.respond(request.get(), choice.get().target(), chosenTitle, label);
        ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).setAttribute(SecurityHeaders.FORM_TARGET,
                originOf(request.get().returnUrl()));
    }

    public String getReturnUrl() {
        return request().map(DeepLinkingRequest::returnUrl).orElse("");
    }

    static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** What the instructor picked, with its title in the page's language. */
    record Choice(LinkTarget target, String title, String courseTitle) {

        static Optional<Choice> of(String item, List<CourseOutline> courses) {
            if (item == null) {
                return Optional.empty();
            }
            String[] parts = item.split(":");
            for (CourseOutline course : courses) {
                if (parts.length < 2 || !course.card().code().equals(parts[1])) {
                    continue;
                }
                String courseTitle = course.card().title();
                if (parts[0].equals("course") && parts.length == 2) {
                    return Optional.of(new Choice(new LinkTarget(parts[1], null, null), courseTitle, courseTitle));
                }
                for (var module : course.modules()) {
                    if (parts[0].equals("module") && parts.length == 3 && module.code().equals(parts[2])) {
                        return Optional.of(new Choice(new LinkTarget(parts[1], parts[2], null), module.title(), courseTitle));
                    }
                    for (var lesson : module.lessons()) {
                        if (parts[0].equals("lesson") && parts.length == 3 && lesson.code().equals(parts[2])) {
                            return Optional.of(new Choice(new LinkTarget(parts[1], null, parts[2]), lesson.title(), courseTitle));
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    public String getAnswer() { return answer; }
    public String getChosenTitle() { return chosenTitle; }
    public boolean isLineItem() { return lineItem; }
    public void setLineItem(boolean lineItem) { this.lineItem = lineItem; }
}
