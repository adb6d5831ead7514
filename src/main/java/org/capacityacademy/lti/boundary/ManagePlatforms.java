package org.capacityacademy.lti.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.lti.entity.Platform;
import org.capacityacademy.lti.entity.PlatformSettings;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code admin/lti-platforms.xhtml}: the values to give a platform, the registered platforms,
 * and the form that registers one or changes the one named by {@code ?id=}.
 */
@Named
@ViewScoped
public class ManagePlatforms implements Serializable {

    @Inject
    transient Platforms platforms;

    @Inject
    transient ToolValues toolValues;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String name;
    private String issuer;
    private String clientId;
    private String keysetUrl;
    private String authUrl;
    private String tokenUrl;
    private String deploymentIds;
    private String countryCode;
    private String organisation;
    private OrganisationType organisationType;
    private boolean moduleScores;

    /** The page's {@code f:viewAction}: the platform to change, when {@code ?id=} names one. */
    public void load() {
        if (id != null) {
            platforms.find(id).map(Platform::settings).ifPresentOrElse(this::fill, () -> id = null);
        }
    }

    public String save() {
        PlatformSettings settings = new PlatformSettings(name, issuer, clientId, keysetUrl, authUrl, tokenUrl, deploymentIds,
                countryCode, organisation, organisationType, moduleScores);
        try {
            Platform saved = id == null ? platforms.register(currentUser.getEmail(), settings)
                    : platforms.change(currentUser.getEmail(), id, settings);
            return "/admin/lti-platforms.xhtml?faces-redirect=true&saved=" + saved.getId();
        } catch (PlatformRefused e) {
            FacesMessages.error(null, e.getMessageKey());
            return null;
        }
    }

    public List<Platform> getPlatforms() {
        return platforms.all();
    }

    public ToolValues getToolValues() {
        return toolValues;
    }

    private void fill(PlatformSettings settings) {
        name = settings.name();
        issuer = settings.issuer();
        clientId = settings.clientId();
        keysetUrl = settings.keysetUrl();
        authUrl = settings.authUrl();
        tokenUrl = settings.tokenUrl();
        deploymentIds = settings.deploymentIds();
        countryCode = settings.countryCode();
        organisation = settings.organisation();
        organisationType = settings.organisationType();
        moduleScores = settings.moduleScores();
    }

    public int getNameLength() { return Platform.NAME_LENGTH; }
    public int getIssuerLength() { return Platform.ISSUER_LENGTH; }
    public int getClientIdLength() { return Platform.CLIENT_ID_LENGTH; }
    public int getUrlLength() { return Platform.URL_LENGTH; }
    public int getDeploymentsLength() { return Platform.DEPLOYMENTS_LENGTH; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getKeysetUrl() { return keysetUrl; }
    public void setKeysetUrl(String keysetUrl) { this.keysetUrl = keysetUrl; }
    public String getAuthUrl() { return authUrl; }
    public void setAuthUrl(String authUrl) { this.authUrl = authUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public String getDeploymentIds() { return deploymentIds; }
    public void setDeploymentIds(String deploymentIds) { this.deploymentIds = deploymentIds; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public OrganisationType getOrganisationType() { return organisationType; }
    public void setOrganisationType(OrganisationType organisationType) { this.organisationType = organisationType; }
    public boolean isModuleScores() { return moduleScores; }
    public void setModuleScores(boolean moduleScores) { this.moduleScores = moduleScores; }
}
