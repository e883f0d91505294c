package se.paragraf.domain.adjustment;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * The anslag (tillkännagivande) of a justerat protocol on the official anslagstavla: which
 * protocol, when it was justerat, where it is kept and the day it was posted (KL 8 kap 9 och
 * 12 §§), how long it stays up, and how to appeal (KL 13 kap 4–6 §§).
 *
 * @param paragraphs the protocol's §§ as printed, e.g. "§§ 96–135"
 */
public record Notice(String board, LocalDate meetingDate, LocalDate adjustedOn, String paragraphs, LocalDate postedOn,
                     LocalDate takeDownOn, LocalDate lastDayOfAppeal, String keptAt) {
    public Notice {
        board = Require.text(board, "Organ");
        Require.present(meetingDate, "Sammanträdesdatum");
        Require.present(adjustedOn, "Justeringsdag");
        paragraphs = Require.optionalText(paragraphs);
        Require.present(postedOn, "Anslagsdag");
        Require.present(takeDownOn, "Dag för nedtagning");
        Require.present(lastDayOfAppeal, "Sista dag för överklagande");
        keptAt = Require.text(keptAt, "Förvaringsplats");
    }

    /** The notice of a posted protocol: its days and place are the recorded ones ({@link NoticeFacts}). */
    public static Notice of(MinutesLifecycle lifecycle, String board, String paragraphs) {
        NoticeFacts facts = NoticeFacts.recorded(lifecycle)
                .orElseThrow(() -> new DomainException("Protokollet är inte anslaget än."));
        return new Notice(board, lifecycle.meetingDate(), lifecycle.adjustedOn(), paragraphs, facts.postedOn(),
                facts.takeDownOn(), facts.lastDayOfAppeal(), facts.keptAt());
    }

    /** The legal facts this notice states, as the one value the other documents print. */
    public NoticeFacts legalFacts() {
        return new NoticeFacts(postedOn, takeDownOn, lastDayOfAppeal, keptAt, true);
    }

    /** "§§ 96–135", "§ 96", or null for a protocol without §§. */
    public static String paragraphRange(List<String> numbers) {
        if (numbers.isEmpty()) {
            return null;
        }
        return numbers.size() == 1 ? "§ " + numbers.get(0)
                : "§§ " + numbers.get(0) + "–" + numbers.get(numbers.size() - 1);
    }

    /** How a member of the municipality or region appeals (laglighetsprövning), with the last day. */
    public String appealInstructions() {
        return "Den som är medlem i kommunen eller regionen kan överklaga besluten i protokollet genom "
                + "laglighetsprövning (kommunallagen 13 kap.). Överklagandet görs skriftligt: ange vilket beslut "
                + "det gäller och varför det ska upphävas. Skicka det till förvaltningsrätten. Det ska ha kommit in "
                + "till förvaltningsrätten senast " + lastDayOfAppeal + ", tre veckor från dagen då anslaget "
                + "sattes upp. Har överklagandet i tid kommit in till kommunen eller regionen i stället, prövas det ändå.";
    }

    /** The labelled facts, in the order the notice shows them. */
    public List<String[]> facts() {
        return List.of(
                new String[] {"Organ", board},
                new String[] {"Sammanträdesdatum", meetingDate.toString()},
                new String[] {"Paragrafer", paragraphs == null ? "–" : paragraphs},
                new String[] {"Datum för justering", adjustedOn.toString()},
                new String[] {"Datum då anslaget sätts upp", postedOn.toString()},
                new String[] {"Sista dag för överklagande", lastDayOfAppeal.toString()},
                new String[] {"Datum då anslaget tas ned", takeDownOn.toString()},
                new String[] {"Förvaringsplats för protokollet", keptAt});
    }

    /** The notice as plain text, for the web anslagstavla or an e-mail. */
    public String asText() {
        StringBuilder text = new StringBuilder("ANSLAG/BEVIS\n")
                .append("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n\n");
        for (String[] fact : facts()) {
            text.append(fact[0]).append(": ").append(fact[1]).append('\n');
        }
        return text.append('\n').append("Så överklagar du\n").append(appealInstructions()).append('\n').toString();
    }
}
