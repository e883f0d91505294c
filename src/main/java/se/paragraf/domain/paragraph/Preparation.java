package se.paragraf.domain.paragraph;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.paragraf.domain.shared.Require;

/**
 * Where a matter was prepared (beredning): the organ, the date and its §, e.g.
 * "Finansutskottet den 7 maj 2025, § 71". The note holds what else the protocol says, such as
 * an återremiss.
 */
public record Preparation(String boardName, LocalDate date, ParagraphNumber paragraph, String note) {
    private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    public Preparation {
        boardName = Require.text(boardName, "Beredande organ");
        Require.present(date, "Beredningens datum");
        note = Require.optionalText(note);
    }

    public String render() {
        return boardName + " den " + SWEDISH_DATE.format(date)
                + (paragraph == null ? "" : ", § " + paragraph)
                + (note == null ? "" : ", " + note);
    }
}
