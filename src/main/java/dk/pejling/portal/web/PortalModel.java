package dk.pejling.portal.web;

import dk.pejling.portal.PortalProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the portal's layout shows on every portal page: the open-data licence in the footer. */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    private final PortalProperties properties;

    PortalModel(PortalProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("portalLicence")
    String licence() {
        return properties.licenceName();
    }
}
