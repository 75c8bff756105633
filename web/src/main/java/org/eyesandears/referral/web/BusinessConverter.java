package org.eyesandears.referral.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.register.service.BusinessQueries;
import org.eyesandears.business.register.service.BusinessSummary;
import org.eyesandears.shared.web.Messages;

/**
 * A business picked in a type-ahead travels as its id. A CDI bean used as
 * {@code converter="#{businessConverter}"}, so that it can call the service.
 */
@Named
@ApplicationScoped
public class BusinessConverter implements Converter<BusinessSummary> {

    @Inject
    BusinessQueries businesses;

    @Override
    public BusinessSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return businesses.find(Long.parseLong(value)).orElseThrow(() -> notFound());
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BusinessSummary value) {
        return value == null ? "" : String.valueOf(value.id());
    }

    private static ConverterException notFound() {
        return new ConverterException(Messages.conversionError("Choose a business from the list, or enter new premises."));
    }
}
