package se.paragraf.ui.meetingform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.Movement;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class MeetingFormViewModelTest {
    private static final Term TERM = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));

    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Services services;
    private Board board;
    private MeetingFormViewModel viewModel;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        services = archive.services();
        board = services.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        member("Anna Ordförande", MembershipRole.CHAIR, null);
        member("Bo Ledamot", MembershipRole.MEMBER, null);
        member("Cilla Ledamot", MembershipRole.MEMBER, null);
        member("Dan Ersättare", MembershipRole.SUBSTITUTE, 1);
        member("Eva Ersättare", MembershipRole.SUBSTITUTE, 2);
        viewModel = new MeetingFormViewModel(services.manageBoards(), services.planMeeting(), services.recordAttendance(),
                services.validateMeeting(), new SynchronousTaskExecutor());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void createsTheMeetingForTheChosenBoardWithTimesPlaceAndItsOwnCaseNumber() {
        MeetingId id = createMeeting();

        Meeting stored = services.validateMeeting().draft(id).meeting();
        assertThat(stored.board()).isEqualTo(board.id());
        assertThat(stored.date()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(stored.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(stored.end()).isEqualTo(LocalTime.of(12, 30));
        assertThat(stored.meetingPlace()).hasValue("Regionens hus");
        assertThat(stored.minutesCase()).hasValueSatisfying(c -> assertThat(c.compact()).isEqualTo("25RS1"));
        assertThat(viewModel.adjusters()).as("one field per justerare of the board").hasSize(2);
        assertThat(viewModel.names()).contains("Anna Ordförande", "Eva Ersättare");
    }

    @Test
    void anEndBeforeTheStartIsShownButNotStoredAndTypingGoesOn() {
        MeetingId id = createMeeting();
        viewModel.endProperty().set("8.15");

        assertThat(viewModel.timeProblem()).hasValueSatisfying(p -> assertThat(p).contains("slutar (08:15) före"));
        viewModel.commitMeeting();
        assertThat(services.validateMeeting().draft(id).meeting().end()).isEqualTo(LocalTime.of(12, 30));

        viewModel.endProperty().set("13");
        assertThat(viewModel.timeProblem()).isEmpty();
        viewModel.commitMeeting();
        assertThat(services.validateMeeting().draft(id).meeting().end()).isEqualTo(LocalTime.of(13, 0));
    }

    @Test
    void recordsAttendanceWithAnErsattareForAMemberAnOfficialAndAnArrival() {
        MeetingId id = createMeeting();
        viewModel.fillFromRoll();
        viewModel.removeAttendee(viewModel.attendees().stream().filter(r -> r.name().equals("Cilla Ledamot")).findFirst().orElseThrow());
        assertThat(viewModel.replacementProblem("Bo Ledamot")).as("Bo serves himself").isPresent();
        assertThat(viewModel.replacementProblem("cilla ledamot")).isEmpty();
        assertThat(viewModel.addAttendee("Dan Ersättare", AttendanceKind.SERVING_SUBSTITUTE, "cilla ledamot")).isTrue();
        assertThat(viewModel.addAttendee("Eva Ersättare", AttendanceKind.PRESENT_NOT_SERVING, "")).isTrue();
        assertThat(viewModel.addOther("Gun Direktör", "Regiondirektör")).isTrue();
        assertThat(viewModel.addChange("Eva Ersättare", Movement.LEAVES_AFTER, "§ 98", "")).isTrue();

        Attendance stored = services.recordAttendance().load(id);
        assertThat(stored.attendees()).extracting(a -> name(a.member()), a -> a.kind()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anna Ordförande", AttendanceKind.SERVING),
                org.assertj.core.groups.Tuple.tuple("Bo Ledamot", AttendanceKind.SERVING),
                org.assertj.core.groups.Tuple.tuple("Dan Ersättare", AttendanceKind.SERVING_SUBSTITUTE),
                org.assertj.core.groups.Tuple.tuple("Eva Ersättare", AttendanceKind.PRESENT_NOT_SERVING));
        assertThat(stored.attendees().get(2).replaces()).extracting(this::name).isEqualTo("Cilla Ledamot");
        assertThat(stored.attendees().get(0).role()).isEqualTo(MembershipRole.CHAIR);
        assertThat(stored.othersPresent()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Gun Direktör");
            assertThat(o.title()).isEqualTo("Regiondirektör");
        });
        assertThat(stored.changes()).singleElement().satisfies(c -> assertThat(c.paragraph().number()).isEqualTo(98));
        assertThat(viewModel.attendees()).extracting(AttendeeRow::toString)
                .contains("Dan Ersättare – Tjänstgörande ersättare för Cilla Ledamot");
        assertThat(viewModel.others()).containsExactly("Gun Direktör, Regiondirektör");
        assertThat(viewModel.changes()).containsExactly("Eva Ersättare efter § 98");
        assertThat(viewModel.findings()).isEmpty();
    }

    @Test
    void warnsWhileAnErsattareReplacesSomeoneWhoServesAndRefusesUnknownNames() {
        MeetingId id = createMeeting();
        viewModel.fillFromRoll();
        viewModel.addAttendee("Dan Ersättare", AttendanceKind.SERVING_SUBSTITUTE, "Bo Ledamot");

        assertThat(viewModel.findings()).singleElement().asString().contains("Dan Ersättare står som ersättare för Bo Ledamot");

        assertThat(viewModel.addAttendee("Okänd Person", AttendanceKind.SERVING, "")).isFalse();
        assertThat(viewModel.statusProperty().get()).contains("Okänd Person finns inte bland organets ledamöter");
        assertThat(services.recordAttendance().load(id).attendees()).hasSize(4);
    }

    @Test
    void storesOfficersAndWarnsAboutTheJusterareTheBoardStillNeeds() {
        MeetingId id = createMeeting();
        viewModel.fillFromRoll();
        viewModel.chairProperty().set("anna ordförande");
        viewModel.secretaryProperty().set("Sara Sekreterare");
        viewModel.adjusters().get(0).set("Bo Ledamot");
        assertThat(viewModel.adjusterCountProblem()).hasValueSatisfying(p -> assertThat(p).contains("Regionstyrelsen har 2 justerare"));
        viewModel.adjusters().get(1).set("Anna Ordförande");
        assertThat(viewModel.adjusterProblem(1)).hasValueSatisfying(p -> assertThat(p).contains("Ordföranden justerar alltid"));
        viewModel.adjusters().get(1).set("Eva Ersättare");
        assertThat(viewModel.adjusterProblem(1)).hasValueSatisfying(p -> assertThat(p).contains("tjänstgör inte"));
        viewModel.adjusters().get(1).set("Cilla Ledamot");
        viewModel.adjustmentPlaceProperty().set("Regionens hus");
        viewModel.adjustmentTimeProperty().set("2025-05-27 10.00");

        viewModel.commitOfficers();

        var officers = services.recordAttendance().load(id).officers();
        assertThat(name(officers.chair())).isEqualTo("Anna Ordförande");
        assertThat(officers.secretary()).isEqualTo("Sara Sekreterare");
        assertThat(officers.adjusters()).extracting(a -> name(a.member())).containsExactly("Bo Ledamot", "Cilla Ledamot");
        assertThat(officers.adjustmentTime()).isEqualTo(LocalDateTime.of(2025, 5, 27, 10, 0));
        assertThat(viewModel.adjusterCountProblem()).isEmpty();
        assertThat(viewModel.chairProperty().get()).as("shown as stored").isEqualTo("Anna Ordförande");
    }

    @Test
    void undoAndRedoRestoreWhatWasStored() {
        MeetingId id = createMeeting();
        viewModel.fillFromRoll();
        viewModel.addOther("Gun Direktör", "Regiondirektör");
        viewModel.placeProperty().set("Sal A");
        viewModel.commitMeeting();
        assertThat(viewModel.edits().undoRedo().undoTextProperty().get()).isEqualTo("Ångra Ändra mötesuppgifter");

        viewModel.undo();
        assertThat(viewModel.placeProperty().get()).isEqualTo("Regionens hus");
        assertThat(services.validateMeeting().draft(id).meeting().meetingPlace()).hasValue("Regionens hus");
        viewModel.undo();
        assertThat(viewModel.others()).isEmpty();
        assertThat(services.recordAttendance().load(id).othersPresent()).isEmpty();
        viewModel.undo();
        assertThat(services.recordAttendance().load(id).attendees()).isEmpty();
        assertThat(viewModel.edits().undoRedo().canUndoProperty().get()).isFalse();

        viewModel.redo();
        viewModel.redo();
        assertThat(services.recordAttendance().load(id).attendees()).hasSize(3);
        assertThat(services.recordAttendance().load(id).othersPresent()).hasSize(1);
        assertThat(viewModel.others()).containsExactly("Gun Direktör, Regiondirektör");
        assertThat(viewModel.edits().undoRedo().redoTextProperty().get()).isEqualTo("Gör om Ändra mötesuppgifter");
    }

    @Test
    void aSaveRefusedBecauseAColleagueSavedFirstKeepsWhatWasTyped() {
        MeetingId id = createMeeting();
        Services colleague = archive.anotherApplication();
        Meeting theirs = colleague.validateMeeting().draft(id).meeting();
        colleague.planMeeting().update(new Meeting(theirs.id(), theirs.board(), theirs.date(), theirs.start(),
                theirs.end(), "Sal C", theirs.minutesCaseNumber(), theirs.version()));

        viewModel.placeProperty().set("Sal B");
        viewModel.commitMeeting();

        assertThat(viewModel.statusProperty().get()).contains("har ändrats av någon annan")
                .contains("står kvar i formuläret");
        assertThat(viewModel.placeProperty().get()).as("nothing typed is lost").isEqualTo("Sal B");
        assertThat(services.validateMeeting().draft(id).meeting().meetingPlace()).as("nothing overwritten")
                .hasValue("Sal C");
    }

    @Test
    void aNewMeetingWithoutBoardsSaysWhereToStart() {
        archive.close();
        archive = TestArchive.openIn(dataDir.resolve("empty"));
        Services empty = archive.services();
        MeetingFormViewModel fresh = new MeetingFormViewModel(empty.manageBoards(), empty.planMeeting(),
                empty.recordAttendance(), empty.validateMeeting(), new SynchronousTaskExecutor());

        fresh.startNew(null);
        fresh.create();

        assertThat(fresh.statusProperty().get()).isEqualTo("Välj vilket organ som sammanträder.");
        assertThat(fresh.createdProperty().get()).isFalse();
    }

    private MeetingId createMeeting() {
        viewModel.startNew(board.id());
        assertThat(viewModel.boardProperty().get()).isEqualTo(board);
        viewModel.dateProperty().set(LocalDate.of(2025, 5, 20));
        viewModel.startProperty().set("9");
        viewModel.endProperty().set("12.30");
        viewModel.placeProperty().set("Regionens hus");
        viewModel.minutesCaseProperty().set("25RS1");
        viewModel.create();
        assertThat(viewModel.createdProperty().get()).isTrue();
        return viewModel.meetingIdProperty().get();
    }

    private void member(String name, MembershipRole role, Integer order) {
        Member member = services.manageBoards().createMember(name, "S");
        services.manageBoards().addMembership(new Membership(member.id(), board.id(), role, TERM, order));
    }

    private String name(se.paragraf.domain.board.MemberId id) {
        return services.manageBoards().roll(board.id()).stream().filter(e -> e.member().id().equals(id))
                .map(e -> e.member().name()).findFirst().orElseThrow();
    }
}
