package se.paragraf.ui.meeting;

/** One block of a paragraph as the protocol prints it; the kind decides its look, never its words. */
public record ProtocolBlock(Kind kind, String text) {
    public enum Kind {
        /** "§ 98 Svar på revisionsrapport; …" */
        TITLE,
        /** Diarienummer, Ärendeansvarig, Handläggare, one per line. */
        FIELDS,
        /** "Beslut:", a motivation heading, "Beslutsunderlag", "Beredning", "Delges". */
        HEADING,
        /** The formula and its att-satser. */
        DECISION,
        TEXT,
        /** "Paragrafen är omedelbart justerad". */
        NOTE
    }
}
