package org.capacityacademy.country.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Locale;

/** A country or area of the UN M49 standard, with its names in the six UN languages. */
@Entity
@Table(name = "country")
@Cacheable
@NamedQuery(name = Country.FIND_ALL, query = "SELECT c FROM Country c")
public class Country {

    public static final String FIND_ALL = "Country.findAll";

    @Id
    @Column(name = "alpha2", length = 2)
    private String code;

    @Column(name = "alpha3", length = 3, nullable = false)
    private String alpha3;

    @Column(name = "m49", length = 3, nullable = false)
    private String m49;

    private String region;

    @Column(name = "sub_region")
    private String subRegion;

    private boolean developing;
    private boolean ldc;
    private boolean lldc;
    private boolean sids;

    @Column(name = "name_ar") private String nameAr;
    @Column(name = "name_en") private String nameEn;
    @Column(name = "name_es") private String nameEs;
    @Column(name = "name_fr") private String nameFr;
    @Column(name = "name_ru") private String nameRu;
    @Column(name = "name_zh") private String nameZh;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public String getAlpha3() {
        return alpha3;
    }

    public String getM49() {
        return m49;
    }

    public String getRegion() {
        return region;
    }

    public String getSubRegion() {
        return subRegion;
    }

    public boolean isDeveloping() {
        return developing;
    }

    public boolean isLeastDeveloped() {
        return ldc;
    }

    public boolean isLandlockedDeveloping() {
        return lldc;
    }

    public boolean isSmallIslandDeveloping() {
        return sids;
    }

    /** The UN terminology name in the given language; English for any other language. */
    public String nameIn(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> nameAr;
            case "es" -> nameEs;
            case "fr" -> nameFr;
            case "ru" -> nameRu;
            case "zh" -> nameZh;
            default -> nameEn;
        };
    }
}
