package se.paragraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.application.importing.ParsedProtocol;

/** Field by field against the expected results of the two reference protocols in shared/. */
class ProtocolFixturesTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextProtocolReader reader = new TextProtocolReader();

    @Test
    void seedProtocolMatchesEveryExpectedField() throws IOException {
        ParsedProtocol protocol = reader.read(Files.readString(SHARED.resolve("seeds/003_e2d92784432a1afb.txt")));
        JsonNode expected = JSON.readTree(SHARED.resolve("fixtures/003_e2d92784432a1afb.expected.json").toFile());

        assertThat(protocol.board()).isEqualTo(expected.at("/meeting/organ").asText());
        assertThat(protocol.meetingDate()).isEqualTo(LocalDate.parse(expected.at("/meeting/date").asText()));
        assertThat(protocol.minutesCaseNumber()).isEqualTo(expected.at("/meeting/protocolDnr").asText());
        assertThat(protocol.secretary()).isEqualTo(expected.at("/meeting/secretary").asText());
        assertThat(protocol.adjusters()).isEqualTo(strings(expected.at("/meeting/justerare")));
        assertThat(protocol.signatories()).isEqualTo(strings(expected.at("/meeting/signers")));

        JsonNode paragraphs = expected.get("paragraphs");
        assertThat(protocol.paragraphs()).hasSize(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            JsonNode e = paragraphs.get(i);
            ParsedParagraph p = protocol.paragraphs().get(i);
            String at = "§ " + e.get("number").asText();
            assertThat(p.number()).as(at).isEqualTo(e.get("number").asText());
            assertThat(p.title()).as(at + " title").isEqualTo(e.get("title").asText());
            assertThat(p.caseNumbers()).as(at + " dnr").isEqualTo(strings(e.get("dnr")));
            assertThat(p.clauses()).as(at + " att-satser").hasSize(e.get("attSatser").asInt());
            assertThat(p.preparations()).as(at + " beredning").isEqualTo(strings(e.get("beredning")));
            assertThat(p.recipients()).as(at + " delges").isEqualTo(strings(e.get("delges")));
            assertThat(p.attachments()).as(at + " bilagor").isEqualTo(strings(e.get("bilagor")));
            assertThat(p.immediateAdjustment()).as(at + " omedelbart justerad")
                    .isEqualTo(e.get("omedelbartJusterad").asBoolean());
        }
    }

    @Test
    void seedProtocolReadsDecisionBlocksMotionsAndStatements() throws IOException {
        ParsedProtocol protocol = reader.read(Files.readString(SHARED.resolve("seeds/003_e2d92784432a1afb.txt")));
        ParsedParagraph p98 = byNumber(protocol, "98");
        assertThat(p98.formula()).isEqualTo("Regionstyrelsen beslutar på finansutskottets förslag");
        assertThat(p98.clauses().get(0)).isEqualTo("avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”");
        assertThat(p98.sections()).extracting(s -> s.heading())
                .contains("Ärendebeskrivning", "Bakgrund", "Förvaltningens bedömning");
        assertThat(byNumber(protocol, "122").decisionBlocks()).hasSize(2);
        ParsedParagraph p117 = byNumber(protocol, "117");
        assertThat(p117.motions()).containsExactly("Patrik Gustavsson (M) yrkar bifall till finansutskottets förslag.");
        assertThat(p117.recordedStatements()).hasSize(1);
        assertThat(p117.recordedStatements().get(0)).startsWith("Martin Andersson (SD)").contains("ställer sig bakom");
        assertThat(byNumber(protocol, "134").warnings()).anyMatch(w -> w.contains("Inget beslut"));
    }

    @Test
    void hogsbyProtocolHasItsThirteenParagraphsAndNoQuotedOnes() throws IOException {
        ParsedProtocol protocol = reader.read(Files.readString(SHARED.resolve("fixtures/hogsby-ks-2007-01-08.txt")));
        JsonNode expected = JSON.readTree(SHARED.resolve("fixtures/hogsby-ks-2007-01-08.expected.json").toFile());

        assertThat(protocol.organization()).isEqualTo(expected.at("/meeting/organization").asText());
        assertThat(protocol.board()).isEqualTo(expected.at("/meeting/board").asText());
        assertThat(protocol.meetingDate()).isEqualTo(LocalDate.parse(expected.at("/meeting/date").asText()));
        JsonNode paragraphs = expected.get("paragraphs");
        assertThat(protocol.paragraphs()).hasSize(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            JsonNode e = paragraphs.get(i);
            ParsedParagraph p = protocol.paragraphs().get(i);
            String at = "§ " + e.get("number").asText();
            assertThat(p.number()).as(at).isEqualTo(e.get("number").asText());
            assertThat(p.title()).as(at + " title").isEqualTo(e.get("title").asText());
            assertThat(p.caseNumbers()).as(at + " dnr").isEqualTo(strings(e.get("caseNumbers")));
        }
        assertThat(protocol.paragraphs()).extracting(ParsedParagraph::number).doesNotContain("437", "317");
    }

    @Test
    void hogsbyCoverGivesAttendanceAdjustersAndProseDecisions() throws IOException {
        ParsedProtocol protocol = reader.read(Files.readString(SHARED.resolve("fixtures/hogsby-ks-2007-01-08.txt")));
        assertThat(protocol.attendance().deciding()).hasSize(11);
        assertThat(protocol.attendance().deciding().get(0).name()).isEqualTo("Ewa Engdahl");
        assertThat(protocol.attendance().deciding().get(0).party()).isEqualTo("c");
        assertThat(protocol.attendance().deciding().get(0).role()).isEqualTo("ordförande");
        assertThat(protocol.attendance().nonDeciding()).hasSize(4);
        assertThat(protocol.attendance().othersPresent()).containsExactly("Ekonomichef Anders Svensson",
                "Räddningschef Hans Bohlin");
        assertThat(protocol.adjusters()).containsExactly("Patrik Köhler", "Nedzad Talovic");
        ParsedParagraph first = protocol.paragraphs().get(0);
        assertThat(first.decisionText()).isEqualTo("Dagordningen med kompletterande ärenden godkännes.");
        assertThat(first.clauses()).isEmpty();
        assertThat(protocol.paragraphs().get(1).warnings()).anyMatch(w -> w.contains("KNSLI/20014197"));
    }

    private static ParsedParagraph byNumber(ParsedProtocol protocol, String number) {
        return protocol.paragraphs().stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
