package org.capacityacademy.platform;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No page names a variable like one of the expression language's implicit objects. A loop
 * variable called {@code header} hid the request headers' implicit object on the reports page,
 * and its column headings printed every request header, the session cookie included.
 * Variables are what {@code var}, {@code varStatus} and any {@code ...Var} attribute declare,
 * {@code ui:param} names, and the attributes given to the project's tags (each is a variable
 * inside the tag file).
 */
class PageVariablesTest {

    /** Faces' implicit objects, and the CDI names Faces gives the same objects. */
    static final Set<String> IMPLICIT = Set.of("application", "applicationScope", "cc", "component", "cookie",
            "externalContext", "facesContext", "flash", "flowScope", "header", "headerValues", "initParam", "param",
            "paramValues", "request", "requestScope", "resource", "session", "sessionScope", "view", "viewScope");

    private static final Set<String> FACELETS = Set.of("jakarta.faces.facelets", "http://xmlns.jcp.org/jsf/facelets");
    private static final String PROJECT_TAGS = "https://capacity-academy.org/tags";

    @Test
    void noPageDeclaresAVariableNamedLikeAnImplicitObject() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                for (String variable : variables(Files.readString(page))) {
                    if (IMPLICIT.contains(variable)) {
                        found.add(page + ": " + variable);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsEachKindOfDeclaration() throws Exception {
        String page = """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                xmlns:h="jakarta.faces.html" xmlns:a="https://capacity-academy.org/tags">
                    <ui:repeat value="#{report.headers()}" var="header" varStatus="session">#{header}</ui:repeat>
                    <h:dataTable value="#{rows}" var="row" rowStatePreserved="true" rowIndexVar="param"/>
                    <ui:param name="flash" value="x"/>
                    <a:text id="name" request="#{bean.name}"/>
                </ui:composition>
                """;
        assertEquals(Set.of("header", "session", "row", "param", "flash", "id", "request"), Set.copyOf(variables(page)));
        assertEquals(5, variables(page).stream().filter(IMPLICIT::contains).count());
    }

    /** The variable names a page declares, in document order. */
    static List<String> variables(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        List<String> names = new ArrayList<>();
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            boolean projectTag = PROJECT_TAGS.equals(element.getNamespaceURI());
            if ("param".equals(element.getLocalName()) && FACELETS.contains(element.getNamespaceURI())) {
                names.add(element.getAttribute("name"));
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                if (name.startsWith("xmlns") || attribute.getName().startsWith("xmlns")) {
                    continue;
                }
                if (name.equals("var") || name.equals("varStatus") || name.endsWith("Var")) {
                    names.add(attribute.getValue());
                } else if (projectTag) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
