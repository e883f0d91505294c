package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.ParagraphSpan;
import se.paragraf.domain.paragraph.ParagraphSeries;
import se.paragraf.domain.shared.DomainException;

class ParagraphQueriesTest {
    @TempDir
    Path dataDir;
    Database database;
    UnitOfWork uow;

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir);
        uow = database.unitOfWork();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void meetingParagraphsComeInParagraphOrder() {
        Meeting meeting = uow.transaction(r -> {
            Meeting m = Archive.meeting(r, Archive.board(r, "Regionstyrelsen"), LocalDate.of(2025, 5, 20));
            for (ParagraphNumber n : List.of(ParagraphNumber.of(10), new ParagraphNumber(3, "b"), ParagraphNumber.of(3),
                    ParagraphNumber.of(4), new ParagraphNumber(3, "a"))) {
                r.paragraphs().save(Paragraph.draft(r.paragraphs().nextId(), m.id(), n, "§ " + n));
            }
            return m;
        });
        List<String> expected = List.of("3", "3 a", "3 b", "4", "10");

        assertThat(uow.transaction((Repositories r) -> r.paragraphs().findByMeeting(meeting.id()))
                .stream().map(p -> p.number().toString())).containsExactlyElementsOf(expected);
        assertThat(uow.transaction((Repositories r) -> r.paragraphs().numbersOf(meeting.id()))
                .stream().map(ParagraphNumber::toString)).containsExactlyElementsOf(expected);
    }

    @Test
    void aMeetingsSpanIsItsCountAndFirstAndLastInSwedishParagraphOrderFromOneGroupedQuery() {
        Meeting[] meetings = uow.transaction(r -> {
            Board board = Archive.board(r, "Regionstyrelsen");
            Meeting m = Archive.meeting(r, board, LocalDate.of(2025, 5, 20));
            for (ParagraphNumber n : List.of(new ParagraphNumber(10, "å"), ParagraphNumber.of(3), new ParagraphNumber(10, "ä"),
                    ParagraphNumber.of(10), new ParagraphNumber(3, "a"))) {
                r.paragraphs().save(Paragraph.draft(r.paragraphs().nextId(), m.id(), n, "§ " + n));
            }
            Meeting single = Archive.meeting(r, board, LocalDate.of(2025, 6, 10));
            r.paragraphs().save(Paragraph.draft(r.paragraphs().nextId(), single.id(), ParagraphNumber.of(11), "§ 11"));
            Meeting empty = Archive.meeting(r, board, LocalDate.of(2025, 6, 17));
            return new Meeting[] {m, single, empty};
        });

        Map<MeetingId, ParagraphSpan> spans = uow.transaction((Repositories r) -> r.paragraphs().spansByMeeting());

        assertThat(spans.get(meetings[0].id())).isEqualTo(
                new ParagraphSpan(5, ParagraphNumber.of(3), new ParagraphNumber(10, "ä")));
        assertThat(spans.get(meetings[1].id())).isEqualTo(
                new ParagraphSpan(1, ParagraphNumber.of(11), ParagraphNumber.of(11)));
        assertThat(spans).doesNotContainKey(meetings[2].id());
    }

    @Test
    void everyWrittenFormOfACaseFindsTheSameParagraphsInMeetingDateOrder() {
        List<Paragraph> saved = uow.transaction(r -> {
            Board board = Archive.board(r, "Regionstyrelsen");
            Board utskott = Archive.board(r, "Finansutskottet");
            Paragraph inBoard = Archive.paragraph98(r, Archive.meeting(r, board, LocalDate.of(2025, 5, 20)));
            Paragraph inUtskott = Archive.draft(r, Archive.meeting(r, utskott, LocalDate.of(2025, 5, 7)), 71)
                    .concerning(List.of(CaseNumber.parse("RS 2025/1523/2")));
            r.paragraphs().save(inUtskott);
            Archive.draft(r, Archive.meeting(r, board, LocalDate.of(2025, 6, 17)), 140)
                    .concerning(List.of(CaseNumber.parse("25RS1524")));
            return List.of(inUtskott, inBoard);
        });

        for (String form : List.of("25RS1523", "RS 2025/1523", "rs-2025-1523", "Dnr 25 RS 1523", "RS/2025/1523/9")) {
            assertThat(uow.transaction((Repositories r) -> r.paragraphs().findByCaseNumber(CaseNumber.parse(form))))
                    .as(form).containsExactlyElementsOf(saved);
        }
        assertThat(uow.transaction((Repositories r) -> r.paragraphs().findByCaseNumber(CaseNumber.parse("25RS152"))))
                .isEmpty();
    }

    @Test
    void seriesContinuesAcrossMeetingsOfOneBoardAndYearOnly() {
        record Ids(Board board, Board other) {
        }
        Ids ids = uow.transaction(r -> {
            Board board = Archive.board(r, "Regionstyrelsen");
            Board other = Archive.board(r, "Hälso- och sjukvårdsnämnden");
            Meeting may = Archive.meeting(r, board, LocalDate.of(2025, 5, 20));
            Meeting june = Archive.meeting(r, board, LocalDate.of(2025, 6, 17));
            for (int n = 96; n <= 98; n++) {
                Archive.draft(r, may, n);
            }
            Archive.draft(r, june, 99);
            r.paragraphs().save(Paragraph.draft(r.paragraphs().nextId(), june.id(), new ParagraphNumber(99, "a"), "Infogad"));
            Archive.draft(r, Archive.meeting(r, board, LocalDate.of(2024, 12, 10)), 200);
            Archive.draft(r, Archive.meeting(r, board, LocalDate.of(2026, 1, 20)), 1);
            Archive.draft(r, Archive.meeting(r, other, LocalDate.of(2025, 5, 21)), 300);
            return new Ids(board, other);
        });

        ParagraphSeries series = uow.transaction(r -> r.paragraphs().seriesOf(ids.board().id(), 2025));

        assertThat(series.taken().stream().map(ParagraphNumber::toString))
                .containsExactly("96", "97", "98", "99", "99 a");
        assertThat(series.next()).isEqualTo(ParagraphNumber.of(100));
        assertThat(uow.transaction((Repositories r) -> r.paragraphs().seriesOf(ids.other().id(), 2025)).next())
                .isEqualTo(ParagraphNumber.of(301));
        assertThat(uow.transaction((Repositories r) -> r.paragraphs().seriesOf(ids.board().id(), 2027)).taken()).isEmpty();
    }

    @Test
    void theDatabaseRejectsASecondParagraphWithTheSameNumberInTheBoardsYear() {
        record Setup(Meeting may, Meeting june, Meeting nextYear, Meeting otherBoard) {
        }
        Setup s = uow.transaction(r -> {
            Board board = Archive.board(r, "Regionstyrelsen");
            Meeting may = Archive.meeting(r, board, LocalDate.of(2025, 5, 20));
            Archive.draft(r, may, 98);
            return new Setup(may, Archive.meeting(r, board, LocalDate.of(2025, 6, 17)),
                    Archive.meeting(r, board, LocalDate.of(2026, 2, 3)),
                    Archive.meeting(r, Archive.board(r, "Finansutskottet"), LocalDate.of(2025, 5, 7)));
        });

        // The repository does not look first: only the UNIQUE constraint can stop this save.
        assertThatThrownBy(() -> uow.run(r -> Archive.draft(r, s.june(), 98)))
                .isInstanceOf(DomainException.class)
                .hasMessage("§ 98 finns redan i Regionstyrelsens paragrafserie för 2025. Välj ett annat paragrafnummer.");
        assertThat(uow.transaction((Repositories r) -> r.paragraphs().count())).isEqualTo(1);

        // Same number is fine with a suffix, in another year, or for another board.
        uow.run(r -> r.paragraphs().save(Paragraph.draft(r.paragraphs().nextId(), s.june().id(),
                new ParagraphNumber(98, "a"), "Infogad")));
        uow.run(r -> Archive.draft(r, s.nextYear(), 98));
        uow.run(r -> Archive.draft(r, s.otherBoard(), 98));
        assertThat(uow.transaction((Repositories r) -> r.paragraphs().count())).isEqualTo(4);
    }

    @Test
    void movingAMeetingToAnotherYearMovesItsParagraphsToThatSeries() {
        record Setup(Board board, Meeting meeting, ParagraphId paragraph) {
        }
        Setup s = uow.transaction(r -> {
            Board board = Archive.board(r, "Regionstyrelsen");
            Meeting meeting = Archive.meeting(r, board, LocalDate.of(2025, 12, 30));
            return new Setup(board, meeting, Archive.draft(r, meeting, 180).id());
        });

        uow.run(r -> r.meetings().save(s.meeting().reschedule(LocalDate.of(2026, 1, 8), null, null)));

        assertThat(uow.transaction((Repositories r) -> r.paragraphs().seriesOf(s.board().id(), 2025)).taken()).isEmpty();
        assertThat(uow.transaction((Repositories r) -> r.paragraphs().seriesOf(s.board().id(), 2026)).taken())
                .containsExactly(ParagraphNumber.of(180));
    }
}
