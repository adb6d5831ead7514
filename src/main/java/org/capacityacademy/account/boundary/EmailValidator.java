package org.capacityacademy.account.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import org.capacityacademy.account.entity.Account;

/** An e-mail address by the platform's one rule ({@link Account#EMAIL_PATTERN}), which the account itself and the import of people also apply. */
@FacesValidator("academy.email")
public class EmailValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value != null && !Account.isEmail(value)) {
            throw PlainTextValidator.invalid(context, component, "validation.email");
        }
    }
}
