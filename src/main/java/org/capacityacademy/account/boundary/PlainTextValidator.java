package org.capacityacademy.account.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.platform.control.Messages;

import java.util.regex.Pattern;

/** Names and organisations are plain text: no markup characters, no control characters, no direction controls. */
@FacesValidator("academy.plainText")
public class PlainTextValidator implements Validator<String> {

    private static final Pattern PLAIN = Pattern.compile(Profile.PLAIN_TEXT);

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (Profile.hasDirectionControl(value)) {
            throw invalid(context, component, "validation.directionControls");
        }
        if (value != null && !PLAIN.matcher(value).matches()) {
            throw invalid(context, component, "validation.plainText");
        }
    }

    static ValidatorException invalid(FacesContext context, UIComponent component, String key) {
        Object label = component.getAttributes().get("label");
        String text = Messages.text(context.getViewRoot().getLocale(), key, label);
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
