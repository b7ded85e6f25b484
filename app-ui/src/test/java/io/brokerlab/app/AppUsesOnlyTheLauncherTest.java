package io.brokerlab.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's architecture, checked on its compiled classes (so a fully qualified name or a reflective-free call
 * that an import grep would miss is caught too).
 */
class AppUsesOnlyTheLauncherTest {

    private static JavaClasses app;

    @BeforeAll
    static void importAppClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.brokerlab.app");
    }

    /**
     * Kafka and ZooKeeper are reached only through the launcher's API: a Kafka upgrade touches the launcher alone,
     * and every cluster call the app makes can also be made headless.
     */
    @Test
    void noAppClassCallsAKafkaOrZooKeeperClientOrOpensASocket() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..", "kafka..", "org.apache.zookeeper..", "org.apache.curator..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
                .check(app);
    }

    /** View models hold the logic and are tested without the toolkit: no controls, scenes or windows in them. */
    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "atlantafx..")
                .check(app);
    }
}
