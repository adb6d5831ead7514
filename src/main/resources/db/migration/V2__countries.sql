-- UN M49 countries and areas with their development groups and names in the six UN languages.
-- Rows are loaded by the Java migration V3 from country/country-codes.csv.
CREATE TABLE country (
    alpha2              CHAR(2)      NOT NULL PRIMARY KEY,
    alpha3              CHAR(3)      NOT NULL,
    m49                 CHAR(3)      NOT NULL,
    region              VARCHAR(60),
    sub_region          VARCHAR(60),
    intermediate_region VARCHAR(60),
    developing          BOOLEAN      NOT NULL,
    ldc                 BOOLEAN      NOT NULL,
    lldc                BOOLEAN      NOT NULL,
    sids                BOOLEAN      NOT NULL,
    name_ar             VARCHAR(200) NOT NULL,
    name_en             VARCHAR(200) NOT NULL,
    name_es             VARCHAR(200) NOT NULL,
    name_fr             VARCHAR(200) NOT NULL,
    name_ru             VARCHAR(200) NOT NULL,
    name_zh             VARCHAR(200) NOT NULL
);

ALTER TABLE account ADD CONSTRAINT account_country_fk FOREIGN KEY (country_code) REFERENCES country (alpha2);
