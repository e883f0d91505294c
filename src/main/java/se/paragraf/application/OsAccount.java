package se.paragraf.application;

import java.lang.reflect.Method;
import java.util.Optional;

/** The operating system account this process runs as, looked up once: it does not change while it runs. */
final class OsAccount {
    static final String NAME = lookUp();

    private OsAccount() {
    }

    private static String lookUp() {
        return call("com.sun.security.auth.module.UnixSystem", "getUsername")
                .or(() -> call("com.sun.security.auth.module.NTSystem", "getName"))
                .orElseGet(() -> System.getProperty("user.name", "okänd"));
    }

    /** Through reflection, so that a runtime without the module still starts. */
    private static Optional<String> call(String className, String getter) {
        try {
            Class<?> type = Class.forName(className);
            Object system = type.getConstructor().newInstance();
            Method method = type.getMethod(getter);
            Object value = method.invoke(system);
            return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }
}
