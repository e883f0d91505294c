package se.paragraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paragraf.application.importing.ImportException;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.application.importing.ParsedProtocol;

/** One small protocol per trap of real layouts. */
class ProtocolTrapsTest {
    private final TextProtocolReader reader = new TextProtocolReader();

    private ParsedProtocol read(String text) {
        return reader.read(text);
    }

    @Test
    void tableOfContentsBeforeTheBodyIsNotReadAsParagraphs() {
        ParsedProtocol p = read("""
                Innehållsförteckning
                § 1 Val av justerare ........................ 2
                § 2 Budget 2025 ............................. 3
                § 3 Delgivningar                              4

                § 1 Val av justerare

                Nämnden beslutar

                att utse Anna Ek att justera protokollet.

                § 2 Budget 2025

                Dnr KS 2024/0456

                Nämnden beslutar

                att fastställa budgeten.

                § 3 Delgivningar

                Inga delgivningar.
                """);
        assertThat(p.paragraphs()).extracting(ParsedParagraph::number).containsExactly("1", "2", "3");
        assertThat(p.paragraphs().get(1).caseNumbers()).containsExactly("KS 2024/0456");
        assertThat(p.paragraphs().get(1).clauses()).containsExactly("fastställa budgeten");
        assertThat(p.adjusters()).containsExactly("Anna Ek");
    }

    @Test
    void quotedEarlierDecisionsAreNotParagraphs() {
        ParsedProtocol p = read("""
                KS § 7                DNR:KU/2006.435

                Energibolag

                KU § 317 06-12-05
                Utskottet föreslår att ett energibolag bildas.

                KS § 437 06-12-13
                Tillsätta en arbetsgrupp.

                Kommunstyrelsens beslut

                Till arbetsgrupp utses Patrik Köhler.

                KS § 8                DNR:KF/2006.437

                Nästa ärende

                Kommunstyrelsens beslut

                Godkänna informationen.
                """);
        assertThat(p.paragraphs()).extracting(ParsedParagraph::number).containsExactly("7", "8");
        assertThat(p.paragraphs().get(0).preparations()).containsExactly("KU § 317 06-12-05", "KS § 437 06-12-13");
        assertThat(p.paragraphs().get(0).decisionText()).isEqualTo("Till arbetsgrupp utses Patrik Köhler.");
    }

    @Test
    void lawReferencesAndReferencesToEarlierParagraphsAreNotHeadings() {
        ParsedProtocol p = read("""
                § 12 Delegering

                Enligt 6 kap 38 § kommunallagen får vissa ärenden inte delegeras. Se även
                § 82 beslutades i april om återremiss, och
                § 3 i reglementet.

                Nämnden beslutar

                att anta delegationsordningen.

                § 13 Avslutning

                Ordföranden avslutar mötet.
                """);
        assertThat(p.paragraphs()).extracting(ParsedParagraph::number).containsExactly("12", "13");
        assertThat(p.paragraphs().get(0).clauses()).containsExactly("anta delegationsordningen");
    }

    @Test
    void pageHeaderAndFooterInsideAParagraphAreRemoved() {
        String page = """

                Justerandes sign                 Utdragsbestyrkande
                SOLBY KOMMUN             PROTOKOLL            %d
                Miljönämnden
                Sammanträdesdatum        2024-03-05

                """;
        ParsedProtocol p = read("§ 1 Tillsyn\n\nMiljönämnden beslutar\n\natt godkänna planen"
                + page.formatted(2) + "för tillsyn 2024.\n\n§ 2 Avgifter\n\nMiljönämnden beslutar\n\natt höja avgiften."
                + page.formatted(3) + "§ 3 Information\n\nNämnden beslutar\n\natt lägga informationen till handlingarna."
                + page.formatted(4));
        assertThat(p.paragraphs()).hasSize(3);
        assertThat(p.paragraphs().get(0).clauses()).containsExactly("godkänna planen för tillsyn 2024");
        assertThat(p.board()).isEqualTo("Miljönämnden");
        assertThat(p.meetingDate()).hasToString("2024-03-05");
        assertThat(String.join(" ", p.paragraphs().get(1).clauses())).doesNotContain("sign", "PROTOKOLL");
    }

    @Test
    void titleAcrossTwoLinesIsJoined() {
        ParsedProtocol p = read("""
                § 5 Yttrande över remiss från Landsbygds- och
                infrastrukturdepartementet om cirkulär ekonomi

                Diarienummer: 25RS1478

                Beslut:

                Regionstyrelsen beslutar

                att avge yttrande; samt

                att förklara paragrafen omedelbart justerad.
                """);
        ParsedParagraph q = p.paragraphs().get(0);
        assertThat(q.title()).isEqualTo("Yttrande över remiss från Landsbygds- och infrastrukturdepartementet om cirkulär ekonomi");
        assertThat(q.caseNumbers()).containsExactly("25RS1478");
        assertThat(q.clauses()).containsExactly("avge yttrande", "förklara paragrafen omedelbart justerad");
        assertThat(q.immediateAdjustment()).isTrue();
    }

    @Test
    void caseNumberOnTheHeadingLineOrBelowIt() {
        ParsedProtocol p = read("""
                § 1 Budget 2025          KS 2024/0456

                Kommunstyrelsen beslutar att fastställa budgeten.

                § 2
                Dnr 25RS1523
                Revisionsrapport

                Kommunstyrelsen beslutar att avge svar.

                § 3 Taxor (Dnr KS 2023/12)

                Kommunstyrelsen beslutar att höja taxan.
                """);
        assertThat(p.paragraphs()).extracting(ParsedParagraph::title).containsExactly("Budget 2025", "Revisionsrapport", "Taxor");
        assertThat(p.paragraphs()).extracting(ParsedParagraph::caseNumbers)
                .containsExactly(java.util.List.of("KS 2024/0456"), java.util.List.of("25RS1523"), java.util.List.of("KS 2023/12"));
        assertThat(p.paragraphs().get(0).clauses()).containsExactly("fastställa budgeten");
        assertThat(p.paragraphs().get(0).formula()).isEqualTo("Kommunstyrelsen beslutar");
    }

    @Test
    void recipientsUnderEachOfTheFourHeadings() {
        ParsedProtocol p = read("""
                § 1 Ett

                Nämnden beslutar att godkänna.

                Delges
                Regiondirektör
                Hälso- och sjukvårdsnämnden

                § 2 Två

                Nämnden beslutar att godkänna.

                Beslutet skickas till: Ekonomichef, Kommunrevisionen och Hälso- och sjukvårdsdirektör

                § 3 Tre

                Nämnden beslutar att godkänna.

                Expedieras till
                Socialnämnden

                § 4 Fyra

                Nämnden beslutar att godkänna.

                Protokollsutdrag skickas till
                Länsstyrelsen
                """);
        assertThat(p.paragraphs()).extracting(ParsedParagraph::recipients).containsExactly(
                java.util.List.of("Regiondirektör", "Hälso- och sjukvårdsnämnden"),
                java.util.List.of("Ekonomichef", "Kommunrevisionen", "Hälso- och sjukvårdsdirektör"),
                java.util.List.of("Socialnämnden"),
                java.util.List.of("Länsstyrelsen"));
    }

    @Test
    void decisionProseWithoutAttSatserIsKeptAsText() {
        ParsedProtocol p = read("""
                § 4 Val av socialutskott

                Kommunstyrelsens beslut

                Till socialutskott utses:

                Ordinarie
                (C) Ingemar Svanström

                § 5 Information

                Kommunstyrelsens beslut

                Godkänna informationen.
                """);
        ParsedParagraph q = p.paragraphs().get(0);
        assertThat(q.clauses()).isEmpty();
        assertThat(q.decisionText()).contains("Till socialutskott utses:", "Ingemar Svanström");
        assertThat(q.warnings()).isEmpty();
        assertThat(p.paragraphs().get(1).decisionText()).isEqualTo("Godkänna informationen.");
    }

    @Test
    void motionsDissentsVotesAndStatementsAreRead() {
        ParsedProtocol p = read("""
                § 9 Skolstruktur

                Dnr 2024/77

                Beslut
                Barn- och utbildningsnämnden beslutar

                att stänga skolan.

                Yrkanden
                Anna Ek (S) yrkar bifall till förslaget.

                Bo Al (M) yrkar avslag.

                Omröstning
                Ja-röster 7, nej-röster 4.

                Reservation
                Bo Al (M) reserverar sig mot beslutet.

                Protokollsanteckning
                Cecilia Ny (V) lämnar en protokollsanteckning.
                """);
        ParsedParagraph q = p.paragraphs().get(0);
        assertThat(q.motions()).containsExactly("Anna Ek (S) yrkar bifall till förslaget.", "Bo Al (M) yrkar avslag.");
        assertThat(q.votes()).containsExactly("Ja-röster 7, nej-röster 4.");
        assertThat(q.dissents()).containsExactly("Bo Al (M) reserverar sig mot beslutet.");
        assertThat(q.recordedStatements()).containsExactly("Cecilia Ny (V) lämnar en protokollsanteckning.");
        assertThat(q.caseNumbers()).containsExactly("2024/77");
        assertThat(q.warnings()).anyMatch(w -> w.contains("2024/77"));
    }

    @Test
    void missingDecisionAndGapsBecomeWarnings() {
        ParsedProtocol p = read("""
                § 1 Information om läget

                Förvaltningen informerar.

                § 4 Övrigt

                Inga övriga frågor.
                """);
        assertThat(p.paragraphs().get(0).warnings()).anyMatch(w -> w.contains("Inget beslut"));
        assertThat(p.warnings()).anyMatch(w -> w.contains("§§ 2–3 saknas"));
        assertThat(p.warnings()).anyMatch(w -> w.contains("Sammanträdesdatum"));
    }

    @Test
    void textWithoutParagraphsIsRefusedInSwedish() {
        assertThatThrownBy(() -> read("Det här är ett brev utan paragrafer.\nMed vänlig hälsning"))
                .isInstanceOf(ImportException.class).hasMessageContaining("inga paragrafer");
        assertThatThrownBy(() -> read("   \n  ")).isInstanceOf(ImportException.class).hasMessageContaining("tom");
        assertThatThrownBy(() -> read("%PDF-1.7\u0000\u0001\u0002")).isInstanceOf(ImportException.class);
    }
}
