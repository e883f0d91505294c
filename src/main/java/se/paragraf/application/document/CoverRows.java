package se.paragraf.application.document;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.paragraf.application.meeting.MeetingExport;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.meeting.OtherPresent;

/**
 * The cover page of the seed and Högsby protocols: place and time, who decided (ledamöter, and
 * serving ersättare with whom they replace), ersättare not serving, others present, justerare
 * with place and time of justering, the §§, and signature lines for sekreterare, ordförande and
 * justerare. Also the justering and anslag block once the minutes are justerade.
 */
final class CoverRows {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE 'den' d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    static final String POSTED = "Anslaget sätts upp";
    static final String APPEAL = "Sista dag för överklagande";
    static final String TAKE_DOWN = "Anslaget tas ned";
    static final String KEPT_AT = "Förvaringsplats";

    private final MeetingExport meeting;
    private final MemberNames names;

    CoverRows(MeetingExport meeting, MemberNames names) {
        this.meeting = meeting;
        this.names = names;
    }

    MinutesCover full() {
        List<MinutesCover.Row> rows = new ArrayList<>();
        rows.add(new MinutesCover.Row("Plats och tid", placeAndTime()));
        rows.add(new MinutesCover.Row("Beslutande", deciding()));
        rows.add(new MinutesCover.Row("Ej tjänstgörande ersättare", attendees(AttendanceKind.PRESENT_NOT_SERVING)));
        rows.add(new MinutesCover.Row("Övriga närvarande", others()));
        rows.add(new MinutesCover.Row("Utses att justera", adjusterLine()));
        rows.add(new MinutesCover.Row("Justeringens plats och tid", adjustmentPlaceAndTime()));
        return new MinutesCover(rows, range(), signatures());
    }

    /**
     * What an extract needs to stand on its own: the meeting, who decided, who justerade, when its
     * §§ are not justerade ({@code adjusted} false) that they are not, and the recorded anslag.
     */
    MinutesCover essentials(boolean adjusted) {
        List<MinutesCover.Row> rows = new ArrayList<>();
        rows.add(new MinutesCover.Row("Sammanträdesdatum", List.of(meeting.details().meeting().date().toString())));
        rows.add(new MinutesCover.Row("Plats och tid", placeAndTime()));
        rows.add(new MinutesCover.Row("Beslutande", deciding()));
        rows.add(new MinutesCover.Row("Justerare", adjusterLine()));
        if (officers().isAdjusted()) {
            rows.add(MinutesCover.Row.of("Justerat", officers().adjustedOn().toString()));
        } else if (!adjusted) {
            rows.add(MinutesCover.Row.of("Justerat", "Nej, protokollet är ännu inte justerat"));
        }
        // The recorded anslag, so that whoever gets the extract knows the last day of appeal.
        rows.addAll(noticeRows(meeting.recordedNotice()));
        return new MinutesCover(rows, "", List.of());
    }

    /**
     * Empty until the minutes are justerade. The anslag is the recorded one ({@link NoticeFacts}):
     * its days and place exactly as recorded. Before it is recorded nothing is proposed as a fact:
     * the block says so and has no days, and the minutes are printed again after the anslag.
     */
    Optional<MinutesDocument.Adjustment> adjustment() {
        if (!officers().isAdjusted()) {
            return Optional.empty();
        }
        Optional<NoticeFacts> notice = meeting.recordedNotice();
        String statement = "Protokollet justerades " + officers().adjustedOn() + ". " + notice
                .map(n -> "Justeringen har tillkännagivits genom anslag.")
                .orElse("Justeringen har ännu inte tillkännagivits genom anslag.");
        return Optional.of(new MinutesDocument.Adjustment("Bevis om anslag", statement, noticeRows(notice)));
    }

    /**
     * The rows of the recorded anslag, the same in the minutes and in an extract: posted, last day of
     * appeal, taken down, kept at; none before the anslag.
     */
    private static List<MinutesCover.Row> noticeRows(Optional<NoticeFacts> notice) {
        List<MinutesCover.Row> rows = new ArrayList<>();
        notice.ifPresent(n -> {
            rows.add(MinutesCover.Row.of(POSTED, n.postedOn().toString()));
            rows.add(MinutesCover.Row.of(APPEAL, n.lastDayOfAppeal().toString()));
            rows.add(MinutesCover.Row.of(TAKE_DOWN, n.takeDownOn().toString()));
            rows.add(MinutesCover.Row.of(KEPT_AT, n.keptAt() == null ? "" : n.keptAt()));
        });
        return rows;
    }

    private MeetingOfficers officers() {
        return meeting.attendance().officers();
    }

    private List<String> placeAndTime() {
        Meeting m = meeting.details().meeting();
        List<String> lines = new ArrayList<>();
        m.meetingPlace().ifPresent(lines::add);
        String day = DAY.format(m.date());
        String time = m.startTime().map(start -> ", kl. " + TIME.format(start)
                + m.endTime().map(end -> "–" + TIME.format(end)).orElse("")).orElse("");
        lines.add(day + time);
        return lines;
    }

    private List<String> deciding() {
        List<String> lines = new ArrayList<>();
        for (Attendee a : meeting.attendance().attendees()) {
            if (a.kind() == AttendanceKind.SERVING) {
                String office = a.member().equals(officers().chair()) ? ", ordförande"
                        : switch (a.role()) {
                            case CHAIR -> ", ordförande";
                            case VICE_CHAIR -> ", vice ordförande";
                            default -> "";
                        };
                lines.add(names.withParty(a.member()) + office);
            }
        }
        for (Attendee a : meeting.attendance().attendees()) {
            if (a.kind() == AttendanceKind.SERVING_SUBSTITUTE) {
                lines.add(names.withParty(a.member()) + ", tjänstgörande ersättare för "
                        + names.withParty(a.replaces()));
            }
        }
        return lines;
    }

    private List<String> attendees(AttendanceKind kind) {
        return meeting.attendance().attendees().stream().filter(a -> a.kind() == kind)
                .map(a -> names.withParty(a.member())).toList();
    }

    private List<String> others() {
        return meeting.attendance().othersPresent().stream()
                .map(o -> o.name() + (o.title() == null ? "" : ", " + o.title())).toList();
    }

    private List<String> adjusterLine() {
        List<String> adjusters = officers().adjusters().stream().map(Adjuster::member).map(names::withParty).toList();
        return adjusters.isEmpty() ? List.of() : List.of(MemberNames.enumerate(adjusters));
    }

    private List<String> adjustmentPlaceAndTime() {
        List<String> parts = new ArrayList<>();
        if (officers().adjustmentPlace() != null) {
            parts.add(officers().adjustmentPlace());
        }
        LocalDateTime time = officers().adjustmentTime();
        if (time != null) {
            parts.add(DAY.format(time) + ", kl. " + TIME.format(time));
        }
        return parts.isEmpty() ? List.of() : List.of(String.join(", ", parts));
    }

    private String range() {
        return meeting.details().paragraphRange().orElse("");
    }

    private List<MinutesCover.Row> signatures() {
        List<MinutesCover.Row> rows = new ArrayList<>();
        rows.add(MinutesCover.Row.of("Sekreterare", officers().secretary() == null ? "" : officers().secretary()));
        rows.add(MinutesCover.Row.of("Ordförande", officers().chairman().map(names::name).orElse("")));
        for (Adjuster adjuster : officers().adjusters()) {
            rows.add(MinutesCover.Row.of("Justerare", names.name(adjuster.member())));
        }
        if (officers().adjusters().isEmpty()) {
            rows.add(MinutesCover.Row.of("Justerare", ""));
        }
        return rows;
    }
}
