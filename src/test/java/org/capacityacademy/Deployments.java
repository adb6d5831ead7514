package org.capacityacademy;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one deployment every integration test shares: the WAR the build produced, plus the
 * compiled test classes that run inside the server (browser tests run outside and are left
 * out, with their Selenium), deployed at the root context.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    @Deployment
    public static WebArchive platform() {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(target.resolve("capacity-academy.war").toFile()).as(WebArchive.class);
        Path testClasses = target.resolve("test-classes");
        try (Stream<Path> files = Files.walk(testClasses)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> testClasses.relativize(file).toString())
                    .filter(name -> !name.startsWith("org/capacityacademy/browser/"))
                    .forEach(name -> archive.add(new FileAsset(new File(testClasses.toFile(), name)),
                            "/WEB-INF/classes/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }
}
