package se.paragraf.application;

/** Who is at the keyboard, for corrections and justering records: the operating system's user. */
@FunctionalInterface
public interface CurrentUser {
    String name();

    static CurrentUser os() {
        return () -> System.getProperty("user.name", "okänd");
    }
}
