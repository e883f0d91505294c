package se.paragraf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/ARCHITECTURE.md, each rule with its reason. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.paragraf");
    }

    @Test
    void layersDependInwardOnly() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("se.paragraf.app..")
                .layer("Ui").definedBy("se.paragraf.ui..")
                .layer("Cli").definedBy("se.paragraf.cli..")
                .layer("Application").definedBy("se.paragraf.application..")
                .layer("Domain").definedBy("se.paragraf.domain..")
                .layer("Adapters").definedBy("se.paragraf.persistence..", "se.paragraf.search..",
                        "se.paragraf.document..", "se.paragraf.importing..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Adapters").mayOnlyBeAccessedByLayers("App", "Adapters")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Adapters")
                .because("the UI and the CLI speak to use cases only, and storage, search, documents and import "
                        + "plug in through ports, so each can change without touching the others");
        rule.check(classes);
    }

    @Test
    void domainIsPlainJava() {
        classes().that().resideInAPackage("se.paragraf.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "se.paragraf.domain..")
                .because("the domain holds the secretary's rules and must stay readable and testable "
                        + "without JavaFX, jOOQ, iText, Lucene or SQL")
                .check(classes);
    }

    @Test
    void applicationUsesNoFrameworks() {
        noClasses().that().resideInAPackage("se.paragraf.application..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "com.itextpdf..", "org.apache.lucene..", "picocli..", "org.h2..", "org.flywaydb..")
                .because("use cases own the transaction through the UnitOfWork port, not through a framework")
                .check(classes);
    }

    @Test
    void generatedJooqTypesStayInPersistence() {
        noClasses().that().resideOutsideOfPackage("se.paragraf.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("se.paragraf.persistence.jooq..", "org.jooq..")
                .because("records are mapped to domain objects by hand-written repositories and never bound to the UI")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("se.paragraf.cli..")
                .and().doNotHaveFullyQualifiedName("se.paragraf.app.Launcher")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("stdout is the CLI's data channel; everything else logs through SLF4J "
                        + "(the Launcher only hands the streams to the CLI)")
                .check(classes);
    }

    @Test
    void loggingIsSlf4j() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
                .because("one logging API, SLF4J, writes to one log file per archive")
                .check(classes);
    }

    @Test
    void noGenericExceptionsThrown() {
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
                .because("callers need to know what failed to give the user a Swedish message that helps")
                .check(classes);
    }
}
