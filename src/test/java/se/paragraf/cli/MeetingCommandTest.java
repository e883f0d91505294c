package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceChange;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.OtherPresent;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.MotionKind;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.RecordedStatement;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.paragraph.VoteChoice;

class MeetingCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    /** The demo meeting with three members serving, a jävig one replaced by an ersättare in § 98, and a vote. */
    private long recordedMeeting() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            s.createDemoArchive().create();
            MeetingId id = s.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                    .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id();
            Board board = s.showMeeting().show(id).orElseThrow().board();
            Term term = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
            Member chair = s.manageBoards().createMember("Glenn Nordlund", "S");
            Member anna = s.manageBoards().createMember("Anna Andersson", "M");
            Member bo = s.manageBoards().createMember("Bo Berg", "C");
            Member ersattare = s.manageBoards().createMember("Eva Ek", "S");
            s.manageBoards().addMembership(new Membership(chair.id(), board.id(), MembershipRole.CHAIR, term, null));
            s.manageBoards().addMembership(new Membership(anna.id(), board.id(), MembershipRole.MEMBER, term, null));
            s.manageBoards().addMembership(new Membership(bo.id(), board.id(), MembershipRole.MEMBER, term, null));
            s.manageBoards().addMembership(new Membership(ersattare.id(), board.id(), MembershipRole.SUBSTITUTE, term, 1));
            Attendance a = Attendance.empty(id).with(Attendee.serving(chair.id(), MembershipRole.CHAIR))
                    .with(Attendee.serving(anna.id(), MembershipRole.MEMBER))
                    .with(Attendee.serving(bo.id(), MembershipRole.MEMBER))
                    .with(Attendee.presentNotServing(ersattare.id()))
                    .withOthers(List.of(new OtherPresent("Lena Lindgren", "Regiondirektör")))
                    .withChange(AttendanceChange.leaves(bo.id(), se.paragraf.domain.paragraph.ParagraphNumber.of(130)));
            s.recordAttendance().save(a.withOfficers(a.officers().chairedBy(chair.id()).keptBy("Karin Sekreterare")
                    .withAdjusters(List.of(new Adjuster(anna.id())), board)
                    .adjustmentAt("Regionens hus", LocalDateTime.of(2025, 5, 23, 10, 0))));
            Paragraph p98 = s.showMeeting().show(id).orElseThrow().paragraphs().stream()
                    .filter(p -> p.number().number() == 98).findFirst().orElseThrow();
            var file = s.attachFile().store("rapport.pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
            s.editParagraph().save(p98.classify(new Confidentiality("OSL 21 kap. 1 §"))
                    .withAttachments(List.of(new Attachment("1", "Revisionsrapport", file)))
                    .proceed(Proceedings.NONE
                            .withMotion(new Motion(anna.id(), MotionKind.REJECTION, null))
                            .withDisqualification(new Disqualification(bo.id(), "styrelseledamot i bolaget", ersattare.id()))
                            .withVote(Vote.open("Ja för förslaget, nej för avslag", List.of(
                                    new Ballot(chair.id(), VoteChoice.YES), new Ballot(anna.id(), VoteChoice.NO))))
                            .withDissent(Dissent.inWritingLater(anna.id()))
                            .withStatement(new RecordedStatement(chair.id(), List.of(anna.id()), "Vi noterar …"))));
            return id.value();
        }
    }

    @Test
    void listShowsMeetingIds() throws Exception {
        long id = recordedMeeting();
        CliRun text = CliRun.of("meeting", "list", "--data-dir", dataDir.toString());
        assertThat(text.exitCode).as(text.err).isZero();
        assertThat(text.out).contains(id + "  2025-05-20  Regionstyrelsen");
        CliRun json = CliRun.of("meeting", "list", "--json", "--data-dir", dataDir.toString());
        JsonNode rows = JSON.readTree(json.out);
        assertThat(rows.findValuesAsText("id")).contains(Long.toString(id));
    }

    @Test
    void exportPrintsTheWholeMeetingAsJson() throws Exception {
        long id = recordedMeeting();
        CliRun run = CliRun.of("meeting", "export", "--data-dir", dataDir.toString(), "--meeting", Long.toString(id),
                "--format", "json");
        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode root = JSON.readTree(run.out);
        assertThat(root.get("board").get("name").asText()).isEqualTo("Regionstyrelsen");
        assertThat(root.get("date").asText()).isEqualTo("2025-05-20");
        assertThat(root.get("officers").get("chair").get("name").asText()).isEqualTo("Glenn Nordlund");
        assertThat(root.get("officers").get("adjusters").get(0).get("name").asText()).isEqualTo("Anna Andersson");
        assertThat(root.get("attendance").get("attendees")).hasSize(4);
        assertThat(root.get("attendance").get("othersPresent").get(0).get("title").asText()).isEqualTo("Regiondirektör");
        assertThat(root.get("attendance").get("changes").get(0).get("movement").asText()).isEqualTo("LEAVES_AFTER");

        JsonNode p98 = null;
        for (JsonNode p : root.get("paragraphs")) {
            if (p.get("number").asText().equals("98")) {
                p98 = p;
            }
        }
        assertThat(p98).isNotNull();
        assertThat(p98.get("caseNumbers").get(0).asText()).isEqualTo("RS 2025/1523");
        assertThat(p98.get("decision").get(0).get("renderedClauses").get(0).asText()).startsWith("att avge");
        assertThat(p98.get("confidential").asText()).isEqualTo("OSL 21 kap. 1 §");
        assertThat(p98.get("attachments").get(0).get("fileName").asText()).isEqualTo("rapport.pdf");
        assertThat(p98.get("motions").get(0).get("kind").asText()).isEqualTo("REJECTION");
        assertThat(p98.get("votes").get(0).get("ballots")).hasSize(2);
        assertThat(p98.get("dissents").get(0).get("writtenLater").asBoolean()).isTrue();
        assertThat(p98.get("recordedStatements").get(0).get("joinedBy").get(0).get("name").asText()).isEqualTo("Anna Andersson");
        assertThat(p98.get("disqualifications").get(0).get("substitute").get("name").asText()).isEqualTo("Eva Ek");
        assertThat(p98.get("serving").findValuesAsText("name")).containsExactlyInAnyOrder("Glenn Nordlund", "Anna Andersson", "Eva Ek");
        // Two of three seats served in § 98 but the open vote has 2 ballots for 3 serving: a finding.
        assertThat(root.get("findings").findValuesAsText("field")).contains("VOTE", "DISSENT");
    }

    @Test
    void anImportedCoverPageIsExportedAsAttendance() throws Exception {
        CliRun imported = CliRun.of("import", "--data-dir", dataDir.toString(),
                Path.of("..", "shared", "fixtures", "hogsby-ks-2007-01-08.txt").toString());
        assertThat(imported.exitCode).as(imported.err).isZero();
        JsonNode list = JSON.readTree(CliRun.of("meeting", "list", "--json", "--data-dir", dataDir.toString()).out);
        String id = list.get(0).get("id").asText();

        CliRun run = CliRun.of("meeting", "export", "--data-dir", dataDir.toString(), "--meeting", id, "--format", "json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode root = JSON.readTree(run.out);
        assertThat(root.get("attendance").get("attendees")).hasSize(15);
        assertThat(root.get("officers").get("chair").get("name").asText()).isEqualTo("Ewa Engdahl");
        assertThat(root.get("officers").get("adjusters").findValuesAsText("name"))
                .containsExactly("Patrik Köhler", "Nedzad Talovic");
    }

    @Test
    void anUnknownMeetingIsAPoliteError() {
        recordedMeeting();
        CliRun run = CliRun.of("meeting", "export", "--data-dir", dataDir.toString(), "--meeting", "9999");
        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("Sammanträde 9999 finns inte");
    }
}
