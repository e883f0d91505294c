package se.paragraf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.adjustment.MinutesLifecycle;

/** A protocol's status is never set by hand: only persistence may rebuild a stored one. */
class LifecycleArchitectureTest {

    @Test
    void onlyPersistenceReconstitutesALifecycle() {
        noClasses().that().resideOutsideOfPackages("se.paragraf.persistence..", "se.paragraf.domain.adjustment..")
                .should().callMethod(MinutesLifecycle.class, "reconstitute",
                        se.paragraf.domain.meeting.MeetingId.class, java.time.LocalDate.class,
                        se.paragraf.domain.adjustment.MinutesStatus.class, java.time.LocalDate.class,
                        java.time.LocalDate.class, java.time.LocalDate.class, java.time.LocalDate.class,
                        java.time.LocalDate.class, String.class)
                .because("a status set from outside would be the Legistar \"passed but never voted\" failure; "
                        + "the lifecycle's verbs are the only way forward")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("se.paragraf"));
    }
}
