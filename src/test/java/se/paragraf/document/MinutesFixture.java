package se.paragraf.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import se.paragraf.application.Services;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.OtherPresent;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.MotionKind;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.PropositionOrder;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.domain.paragraph.RecordedStatement;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.paragraph.VoteChoice;

/**
 * The demo archive's seed meeting with what the seed lacks, entered through the use cases: a
 * cover (attendance, officers), information items, a § with every kind of proceedings and an
 * open vote, a confidential § and personnummer in several spellings; justerad last.
 */
final class MinutesFixture {
    static final String SECRET = "Uppgifter om den enskildes hälsotillstånd";
    static final String SECRET_TITLE = "Ansökan om särskilt stöd";
    static final List<String> PERSONAL_NUMBERS = List.of("19850101-1234", "850101-1234", "8501011234",
            "19121212+1212", "850101 1234", "19850101 - 1234");

    private final Services s;
    final MeetingId meeting;
    private final List<Member> members = new ArrayList<>();

    private MinutesFixture(Services s) {
        this.s = s;
        this.meeting = s.listMeetings().all().stream().filter(b -> b.board().name().equals("Regionstyrelsen"))
                .findFirst().orElseThrow().meetings().get(0).meeting().id();
    }

    static MinutesFixture enrich(Services s) {
        MinutesFixture f = new MinutesFixture(s);
        f.meetingDetails();
        f.information();
        f.proceedings();
        f.secrets();
        f.attendance();
        return f;
    }

    private void meetingDetails() {
        Meeting m = s.showMeeting().show(meeting).orElseThrow().meeting();
        s.planMeeting().update(new Meeting(m.id(), m.board(), m.date(), LocalTime.of(9, 0), LocalTime.of(15, 30),
                "Regionens hus, Härnösand, sammanträdesrum Norra Berget", m.minutesCaseNumber()));
    }

    private void information() {
        for (String item : List.of("Information om återrapportering, medel inom överenskommelser (bilaga A)",
                "Information från regiondirektören (bilaga F)")) {
            s.editAgenda().add(meeting, s.editAgenda().newInformation(item)).execute();
        }
    }

    private MemberId member(String name, String party) {
        Member found = members.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
        if (found == null) {
            found = s.exportMeeting().export(meeting).orElseThrow().members().values().stream()
                    .filter(m -> m.name().equals(name)).findFirst()
                    .orElseGet(() -> s.manageBoards().createMember(name, party));
            members.add(found);
        }
        return found.id();
    }

    private void edit(int number, UnaryOperator<Paragraph> change) {
        Paragraph p = s.showMeeting().show(meeting).orElseThrow().paragraphs().stream()
                .filter(x -> x.number().equals(ParagraphNumber.of(number))).findFirst().orElseThrow();
        s.editParagraph().save(change.apply(p));
    }

    private void proceedings() {
        MemberId chair = member("Sara Nylund", null);
        MemberId patrik = member("Patrik Gustavsson", "M");
        MemberId martin = member("Martin Andersson", "SD");
        MemberId christina = member("Christina Nordenö", "S");
        MemberId lina = member("Lina Lindman", null);
        MemberId anna = member("Anna Berg", "C");
        edit(104, p -> p.proceed(p.proceedings()
                .withMotion(new Motion(patrik, MotionKind.APPROVAL, "till finansutskottets förslag"))
                .withMotion(new Motion(martin, MotionKind.REFERRAL_BACK, null))
                .withPropositionOrder(new PropositionOrder(List.of("finansutskottets förslag",
                        "Martin Anderssons yrkande om återremiss"), 0))
                .withVote(Vote.open("Ja för finansutskottets förslag, nej för återremiss", List.of(
                        new Ballot(chair, VoteChoice.YES), new Ballot(patrik, VoteChoice.YES),
                        new Ballot(lina, VoteChoice.YES), new Ballot(martin, VoteChoice.NO),
                        new Ballot(anna, VoteChoice.ABSTAIN))))
                .withDissent(Dissent.withText(martin, "Ärendet borde ha återremitterats."))
                .withStatement(new RecordedStatement(christina, List.of(lina), "Vi följer uppdraget noga."))
                .withDisqualification(new Disqualification(christina, "närstående berörs", anna))));
    }

    private void secrets() {
        edit(110, p -> p.retitle(SECRET_TITLE).classify(new Confidentiality("OSL 26 kap. 1 §"))
                .motivatedBy(List.of(new MotivationSection("Ärendebeskrivning", SECRET + " för person "
                        + PERSONAL_NUMBERS.get(0) + "."))));
        edit(101, p -> p.motivatedBy(append(p.sections(), new MotivationSection("Sökande",
                "Sökande med personnummer " + PERSONAL_NUMBERS.get(1) + ", make " + PERSONAL_NUMBERS.get(2)
                        + ", förälder " + PERSONAL_NUMBERS.get(3) + ", barn " + PERSONAL_NUMBERS.get(4) + " och "
                        + PERSONAL_NUMBERS.get(5) + ".")))
                .sentTo(append(p.recipients(), new Recipient("Sökande " + PERSONAL_NUMBERS.get(1)))));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    private void attendance() {
        MemberId chair = member("Sara Nylund", null);
        Attendance a = s.recordAttendance().load(meeting);
        a = a.with(Attendee.serving(chair, MembershipRole.CHAIR))
                .with(Attendee.serving(member("Lina Lindman", null), MembershipRole.MEMBER))
                .with(Attendee.serving(member("Patrik Gustavsson", "M"), MembershipRole.MEMBER))
                .with(Attendee.serving(member("Martin Andersson", "SD"), MembershipRole.MEMBER))
                .with(Attendee.substituteFor(member("Anna Berg", "C"), member("Christina Nordenö", "S")))
                .with(Attendee.presentNotServing(member("Bo Ek", "V")))
                .withOthers(List.of(new OtherPresent("Åsa Bellander", "Regiondirektör"),
                        new OtherPresent("Maria Ström", "Sekreterare")));
        a = a.withOfficers(a.officers().chairedBy(chair).keptBy("Maria Ström")
                .withAdjusters(List.of(new Adjuster(member("Lina Lindman", null))),
                        s.showMeeting().show(meeting).orElseThrow().board())
                .adjustmentAt("Regionens hus, Härnösand", LocalDateTime.of(2025, 5, 22, 10, 0)));
        s.recordAttendance().save(a);
    }

    /** Justering last: from then on the minutes cannot be edited. */
    void adjust() {
        s.adjustMinutes().readyForAdjustment(meeting, LocalDate.of(2025, 5, 22));
        s.adjustMinutes().adjust(meeting, LocalDate.of(2025, 5, 22));
    }
}
