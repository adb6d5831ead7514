package org.capacityacademy.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.capacityacademy.platform.control.Messages;

/**
 * Every field of every form (a default validator, faces-config.xml): no U+FFFD. The server reads
 * a form as UTF-8 and turns each byte sequence that is not UTF-8 into that replacement character
 * ({@code %C3%28} arrives as "�("), so a text holding it lost characters on the way; it is refused
 * rather than stored, and the person types it again. (Addresses that are not UTF-8 are refused
 * before any page reads them, {@link RefusedRequests}.)
 */
@FacesValidator(value = "academy.readable")
public class ReadableTextValidator implements Validator<Object> {

    static final char REPLACEMENT = '\uFFFD';

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && text.indexOf(REPLACEMENT) >= 0) {
            Object label = component.getAttributes().get("label");
            String message = label == null
                    ? Messages.text(context.getViewRoot().getLocale(), "validation.unreadable")
                    : Messages.text(context.getViewRoot().getLocale(), "validation.unreadableField", label);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
