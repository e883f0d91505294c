package se.paragraf.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings a protocol paragraph is built from, each recognised alone on its line or
 * followed by a colon and an inline value ("Delges: Regiondirektör").
 */
enum Label {
    CASE_NUMBER("diarienummer|diarienr\\.?|dnr\\.?|diarie-?nummer|ärendenummer|ärendenr\\.?"),
    OFFICER("ärendeansvarig|handläggare|föredragande|ansvarig tjänsteperson|beredningsansvarig"),
    DECISION("beslut|(?:[a-zåäö-]+s\\s+)?beslut|beslutet|beslut i korthet"),
    ATTACHMENTS("beslutsunderlag|underlag|handlingar|handlingar i ärendet|bilagor|underlag för beslut"),
    PREPARATION("beredning|tidigare behandling|ärendets beredning|beredande organ|behandlat av"),
    RECIPIENTS("delges|delgivning|beslutet skickas till|skickas till|expedieras till|beslutet expedieras till|expediering"
            + "|protokollsutdrag skickas till|protokollsutdrag till|utdrag till|utdrag skickas till|sändlista"
            + "|beslutet ska skickas till|beslutet delges"),
    MOTIONS("yrkande|yrkanden|förslag och yrkanden|yrkanden och propositionsordning"),
    VOTES("omröstning|omröstningar|omröstningsresultat|propositionsordning|propositionsordningar|beslutsgång|votering"
            + "|omröstningsresultat och propositionsordning"),
    STATEMENTS("protokollsanteckning|protokollsanteckningar|protokollsanteckning/ar"),
    DISSENTS("reservation|reservationer|reservation/er"),
    DISQUALIFICATION("jäv|jäv anmäls|jäv och deltagande"),
    SECTION("ärendebeskrivning|bakgrund|förvaltningens bedömning|bedömning|sammanfattning|ärendet|beskrivning av ärendet"
            + "|ärendets bakgrund|sammanfattning av ärendet|yttrande|ekonomiska konsekvenser|konsekvenser|motivering"
            + "|skäl för beslutet|beslutsmotivering|förslag till beslut|[a-zåäö-]+s förslag(?: till beslut)?|överväganden"
            + "|analys|juridisk bedömning|finansiering|uppföljning|samverkan|barnperspektiv|jämställdhetsperspektiv"
            + "|miljöperspektiv|kommunikation|information|ärendets handläggning|förslag|tjänsteskrivelse"
            + "|ekonomi|ekonomisk bedömning|facklig samverkan|risker|riskanalys|perspektiv|inledning|syfte");

    private final Pattern pattern;

    Label(String alternatives) {
        // A case number may follow its label without a colon: "Dnr 25RS1523", "DNR KF/2006.366".
        String separator = alternatives.startsWith("diarienummer") ? "(?:\\s*:\\s*|\\s+)" : "\\s*:\\s*";
        this.pattern = Pattern.compile("(?iu)^(" + alternatives + ")(?:" + separator + "(.*)|\\s*)$");
    }

    /** The label a line starts with, or null; the inline value after the colon is in {@link Match#value()}. */
    static Match match(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 200) {
            return null;
        }
        for (Label l : values()) {
            Matcher m = l.pattern.matcher(t);
            if (m.matches()) {
                String value = m.group(2) == null ? "" : m.group(2).strip();
                return new Match(l, m.group(1).strip(), value);
            }
        }
        return null;
    }

    record Match(Label label, String heading, String value) {
    }
}
