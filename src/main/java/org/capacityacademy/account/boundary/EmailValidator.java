package org.capacityacademy.account.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;

import java.util.regex.Pattern;

/** An address with one @ and a dot in its domain: enough to catch typing slips. */
@FacesValidator("academy.email")
public class EmailValidator implements Validator<String> {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value != null && !ADDRESS.matcher(value.strip()).matches()) {
            throw PlainTextValidator.invalid(context, component, "validation.email");
        }
    }
}
