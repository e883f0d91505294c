package se.paragraf.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.audit.SealedRecord;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.TestArchive;

/**
 * The printed content a file's stamp hashes holds the recorded anslag and the rättelser; files
 * printed before either, and files from earlier versions that hashed the protocol alone, still show
 * the protocol. A changed anslag is not hidden by either rule.
 */
class EarlierStampsTest {
    @TempDir
    Path dataDir;

    @Test
    void filesFromBeforeTheAnslagAndFromEarlierVersionsStillShowTheProtocol() {
        try (TestArchive archive = TestArchive.openIn(dataDir)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Kommunstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            MeetingId meeting = s.planMeeting().create(board.id(), LocalDate.of(2007, 1, 8), null, null, null, null).id();
            s.editParagraph().save(s.editAgenda().newParagraph(meeting, ParagraphNumber.of(1), "Val av justerare"));
            s.adjustMinutes().readyForAdjustment(meeting, LocalDate.of(2007, 1, 9));
            s.adjustMinutes().adjust(meeting, LocalDate.of(2007, 1, 10), List.of("Anna Ordförande", "Bo Justerare"));
            SealStamp atJustering = archive.unitOfWork().transaction(r -> ProtocolContent.stamp(r, meeting));
            s.postNotice().post(meeting, LocalDate.of(2007, 1, 11), null, "Kommunhuset, Högsby");

            archive.unitOfWork().run(r -> {
                SealStamp now = ProtocolContent.stamp(r, meeting);
                String newest = SealRecords.newest(r, meeting).map(SealedRecord::seal).orElseThrow();
                SealStamp earlierVersion = new SealStamp(meeting.value(),
                        Canonical.sha256(ProtocolContent.printedBefore(r, meeting)), newest, now.auditHead());
                SealStamp otherAnslag = new SealStamp(meeting.value(), Canonical.sha256(withKeptAt(
                        ProtocolContent.printed(r, meeting), "Kommunstyrelsen")), newest, now.auditHead());

                assertThat(now.content()).isNotEqualTo(atJustering.content());
                assertThat(ProtocolContent.shows(r, meeting, now)).isTrue();
                assertThat(ProtocolContent.shows(r, meeting, atJustering)).isTrue();
                assertThat(ProtocolContent.shows(r, meeting, earlierVersion)).isTrue();
                assertThat(ProtocolContent.shows(r, meeting, otherAnslag)).isFalse();
                assertThat(ProtocolContent.printed(r, meeting).get("notice").toString())
                        .contains("2007-01-11", "2007-02-01", "2007-02-02", "Kommunhuset, Högsby");
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> withKeptAt(java.util.Map<String, Object> printed, String keptAt) {
        ((java.util.Map<String, Object>) printed.get("notice")).put("keptAt", keptAt);
        return printed;
    }
}
