package se.paragraf.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** ADR 0020: the name in the audit trail and the sealed records is the OS account's, not a JVM property's. */
class CurrentUserTest {
    @Test
    void settingUserNameDoesNotChangeWhoIsRecorded() {
        String os = osAccountName();
        assumeTrue(os != null, "the runtime has no jdk.security.auth or the uid has no name");
        String before = System.getProperty("user.name");
        try {
            System.setProperty("user.name", "ordforanden");
            assertThat(CurrentUser.os().name()).isEqualTo(os).isNotEqualTo("ordforanden");
        } finally {
            System.setProperty("user.name", before);
        }
    }

    private static String osAccountName() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUsername();
        } catch (LinkageError | RuntimeException e) {
            try {
                return new com.sun.security.auth.module.NTSystem().getName();
            } catch (LinkageError | RuntimeException e2) {
                return null;
            }
        }
    }
}
