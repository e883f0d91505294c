package se.paragraf.application;

/** Who is at the keyboard, for corrections and justering records: the operating system's user. */
@FunctionalInterface
public interface CurrentUser {
    String name();

    /**
     * The account the process runs as, asked of the operating system (ADR 0020), not the
     * {@code user.name} property, which anyone starting the JVM sets ({@code -Duser.name=ordforanden}).
     * Only where the OS cannot be asked ({@code jdk.security.auth} missing from the runtime, no
     * name for the uid) does it fall back to that property.
     */
    static CurrentUser os() {
        String name = OsAccount.NAME;
        return () -> name;
    }
}
