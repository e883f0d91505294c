package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

class ProceedingsTest {
    private static MemberId m(long id) {
        return new MemberId(id);
    }

    @ParameterizedTest
    @EnumSource(MotionKind.class)
    void motionsNeedTextOnlyWhenTheirKindDoes(MotionKind kind) {
        if (kind.needsText()) {
            assertThatThrownBy(() -> new Motion(m(1), kind, " ")).isInstanceOf(DomainException.class)
                    .hasMessageContaining(kind.swedishName());
            assertThat(new Motion(m(1), kind, "att även utreda kostnaden").text()).isEqualTo("att även utreda kostnaden");
        } else {
            assertThat(new Motion(m(1), kind, null).text()).isNull();
        }
    }

    @Test
    void anOpenVoteDerivesItsTotalsAndRefusesDoubleVoting() {
        Vote vote = Vote.open("Ja för förslaget", List.of(new Ballot(m(1), VoteChoice.YES), new Ballot(m(2), VoteChoice.NO),
                new Ballot(m(3), VoteChoice.ABSTAIN), new Ballot(m(4), VoteChoice.YES)));
        assertThat(vote.tally()).isEqualTo(new Tally(2, 1, 1));
        assertThat(new Vote("Ja", true, vote.ballots(), new Tally(9, 9, 9)).tally()).isEqualTo(new Tally(2, 1, 1));
        assertThatThrownBy(() -> Vote.open("Ja", List.of(new Ballot(m(1), VoteChoice.YES), new Ballot(m(1), VoteChoice.NO))))
                .isInstanceOf(DomainException.class).hasMessageContaining("två gånger");
    }

    @Test
    void aClosedVoteHasTotalsOnly() {
        assertThat(Vote.closed("Val av ordförande", new Tally(7, 4, 2)).tally().total()).isEqualTo(13);
        assertThatThrownBy(() -> new Vote("Val", false, List.of(new Ballot(m(1), VoteChoice.YES)), new Tally(1, 0, 0)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Tally(-1, 0, 0)).isInstanceOf(DomainException.class);
    }

    @Test
    void aDissentIsWrittenOrComesLaterButNotBoth() {
        Dissent later = Dissent.inWritingLater(m(1));
        assertThat(later.writtenLater()).isTrue();
        assertThat(later.written("Jag reserverar mig mot beslutet.")).isEqualTo(Dissent.withText(m(1), "Jag reserverar mig mot beslutet."));
        assertThatThrownBy(() -> new Dissent(m(1), null, false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Dissent(m(1), "Text", true)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Proceedings.NONE.withDissent(later).withDissent(Dissent.withText(m(1), "igen")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void propositionOrderAndStatementsAndJav() {
        PropositionOrder order = new PropositionOrder(List.of("Arbetsutskottets förslag", "Anna Anderssons avslagsyrkande"), 0);
        assertThat(order.adoptedProposition()).contains("Arbetsutskottets förslag");
        assertThatThrownBy(() -> new PropositionOrder(List.of("Ett"), 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new RecordedStatement(m(1), List.of(m(1)), "Text")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new RecordedStatement(m(1), List.of(m(2), m(2)), "Text")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Disqualification(m(1), "jäv", m(1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Proceedings.NONE.withDisqualification(new Disqualification(m(1), null, null))
                .withDisqualification(new Disqualification(m(1), "igen", null))).isInstanceOf(DomainException.class);
        Proceedings p = Proceedings.NONE.withPropositionOrder(order).withDisqualification(new Disqualification(m(3), "jäv", null));
        assertThat(p.disqualifiedMembers()).containsExactly(m(3));
        assertThat(Proceedings.NONE.isEmpty()).isTrue();
        assertThat(p.isEmpty()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OSL 21 kap. 1 §", "OSL 25 kap 1 §", "26 kap. 1 §", "osl 39 kap. 3 a § första stycket"})
    void confidentialityNamesAnOslProvision(String reference) {
        assertThat(new Confidentiality(reference).oslReference()).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hemligt", "OSL kap.", "21 kap."})
    void confidentialityRefusesWhatIsNoProvision(String reference) {
        assertThatThrownBy(() -> new Confidentiality(reference)).isInstanceOf(DomainException.class)
                .hasMessageContaining("OSL 21 kap. 1 §");
    }

    @Test
    void anImportedProtocolMayNameTheLawWithoutItsProvision() {
        assertThat(new Confidentiality("OSL").oslReference()).isEqualTo("OSL");
    }

    @Test
    void aParagraphCarriesProceedingsAndSecrecyThroughItsVerbs() {
        Paragraph p = Paragraph.draft(new ParagraphId(1), new MeetingId(1), ParagraphNumber.of(117), "Motion om …")
                .proceed(Proceedings.NONE.withMotion(new Motion(m(1), MotionKind.APPROVAL, null)))
                .classify(new Confidentiality("OSL 21 kap. 1 §"))
                .retitle("Motion om vården").renumber(ParagraphNumber.of(118));
        assertThat(p.proceedings().motions()).hasSize(1);
        assertThat(p.isConfidential()).isTrue();
        assertThat(p.classify(null).secrecy()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "numbered across paragraphs|1,2;5|1,2;3",
        "letters and unlabelled stay|A,-;1,G-I|A,-;1,G-I",
        "renumbered from one|7,9;;3|1,2;;3"})
    void attachmentsAreNumberedThroughTheProtocol(String name, String labels, String expected) {
        List<Paragraph> paragraphs = paragraphs(labels);
        assertThat(labels(AttachmentNumbering.renumber(paragraphs))).isEqualTo(expected);
    }

    @Test
    void aStoredFileWithoutLabelGetsTheNextNumber() {
        StoredFile file = StoredFile.of("bilaga.pdf", "innehåll".getBytes(StandardCharsets.UTF_8));
        assertThat(file.contentHash()).hasSize(64);
        Paragraph p = Paragraph.draft(new ParagraphId(1), new MeetingId(1), ParagraphNumber.of(1), "A")
                .withAttachments(List.of(new Attachment("1", "Första"), new Attachment(null, "Fil", file), new Attachment(null, "Missiv")));
        assertThat(AttachmentNumbering.renumber(List.of(p)).get(0).attachments()).extracting(Attachment::label)
                .containsExactly("1", "2", null);
        assertThatThrownBy(() -> new StoredFile("x.pdf", "abc")).isInstanceOf(DomainException.class);
    }

    private static List<Paragraph> paragraphs(String labels) {
        String[] perParagraph = labels.split(";", -1);
        List<Paragraph> list = new java.util.ArrayList<>();
        for (int i = 0; i < perParagraph.length; i++) {
            List<Attachment> attachments = perParagraph[i].isEmpty() ? List.of() : java.util.Arrays.stream(perParagraph[i].split(","))
                    .map(l -> new Attachment(l.equals("-") ? null : l, "Bilaga")).toList();
            list.add(Paragraph.draft(new ParagraphId(i + 1), new MeetingId(1), ParagraphNumber.of(i + 1), "§")
                    .withAttachments(attachments));
        }
        return list;
    }

    private static String labels(List<Paragraph> paragraphs) {
        return String.join(";", paragraphs.stream().map(p -> String.join(",", p.attachments().stream()
                .map(a -> a.label() == null ? "-" : a.label()).toList())).toList());
    }
}
