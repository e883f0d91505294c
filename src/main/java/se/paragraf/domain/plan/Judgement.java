package se.paragraf.domain.plan;

import java.util.Locale;
import java.util.Optional;

/** The value of a qualitative indicator, as the plans write it. */
public enum Judgement {
    JA("Ja"), DELVIS("Delvis"), NEJ("Nej");

    private final String text;

    Judgement(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<Judgement> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Optional.of(JA);
            case "delvis" -> Optional.of(DELVIS);
            case "nej" -> Optional.of(NEJ);
            default -> Optional.empty();
        };
    }
}
