package se.paragraf.domain.assignment;

import java.time.LocalDate;
import java.util.Optional;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * When an assignment is to be reported: the date the watch list sorts by (the last day the
 * wording allows) and the wording itself ("under hösten 2025", "Senast juni 2019"). Either may be
 * missing: "att uppdra till regiondirektören att tillse att …" gives no date at all.
 */
public record Due(LocalDate date, String text) {
    public static final Due NONE = new Due(null, null);

    public Due {
        text = Require.optionalText(text);
    }

    public static Due on(LocalDate date) {
        return new Due(Require.present(date, "Datum"), null);
    }

    public Optional<LocalDate> dateIfAny() {
        return Optional.ofNullable(date);
    }

    public boolean isKnown() {
        return date != null;
    }

    /** The wording if there is one, else the date, else a dash: how a list shows it. */
    public String display() {
        if (text != null) {
            return text;
        }
        return date == null ? "–" : date.toString();
    }

    public static Due requireDate(Due due, String what) {
        if (due == null || due.date == null) {
            throw new DomainException(what + " behöver ett datum.");
        }
        return due;
    }
}
