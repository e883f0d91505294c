package se.paragraf.domain.shared;

/** Guard clauses for compact constructors; messages are Swedish because users see them. */
public final class Require {
    private Require() {
    }

    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DomainException(what + " får inte vara tomt.");
        }
        return value.strip();
    }

    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new DomainException(what + " saknas.");
        }
        return value;
    }

    public static long positive(long value, String what) {
        if (value <= 0) {
            throw new DomainException(what + " måste vara ett positivt tal, inte " + value + ".");
        }
        return value;
    }

    /** Blank optional text is stored as null so that "" and missing mean the same. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
