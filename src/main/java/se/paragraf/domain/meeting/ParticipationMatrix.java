package se.paragraf.domain.meeting;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * Who served (took part in the decision) in each § of a meeting, derived from the attendance
 * list, the arrivals and departures between paragraphs, and jäv:
 * <ul>
 *   <li>a serving member serves in every § she is in the room for;</li>
 *   <li>a serving ersättare serves while the ledamot she replaces is not serving herself;</li>
 *   <li>an ersättare who takes over a seat ("från § N i stället för …") serves from then on;</li>
 *   <li>a jävig member does not serve in that §; the ersättare named in the jäv serves in her
 *       place for that § alone, if she is in the room.</li>
 * </ul>
 */
public final class ParticipationMatrix {
    private final Map<ParagraphNumber, Set<MemberId>> serving;
    private final Map<ParagraphNumber, Set<MemberId>> disqualified;

    private ParticipationMatrix(Map<ParagraphNumber, Set<MemberId>> serving,
                                Map<ParagraphNumber, Set<MemberId>> disqualified) {
        this.serving = serving;
        this.disqualified = disqualified;
    }

    public static ParticipationMatrix of(Attendance attendance, List<Paragraph> paragraphs) {
        Map<ParagraphNumber, List<Disqualification>> jav = new LinkedHashMap<>();
        paragraphs.stream().sorted(Comparator.comparing(Paragraph::number))
                .forEach(p -> jav.put(p.number(), p.proceedings().disqualifications()));
        return of(attendance, jav);
    }

    /** {@code disqualifications} holds every § of the meeting, in § order, with its jäv. */
    public static ParticipationMatrix of(Attendance attendance,
                                         Map<ParagraphNumber, List<Disqualification>> disqualifications) {
        Map<ParagraphNumber, Set<MemberId>> serving = new LinkedHashMap<>();
        Map<ParagraphNumber, Set<MemberId>> disqualified = new LinkedHashMap<>();
        for (Map.Entry<ParagraphNumber, List<Disqualification>> entry : disqualifications.entrySet()) {
            ParagraphNumber n = entry.getKey();
            Set<MemberId> in = servingBeforeJav(attendance, n);
            Set<MemberId> out = new LinkedHashSet<>();
            for (Disqualification d : entry.getValue()) {
                out.add(d.member());
                if (in.remove(d.member())) {
                    d.replacedBy().filter(s -> present(attendance, s, n) && !in.contains(s)).ifPresent(in::add);
                }
            }
            serving.put(n, Collections.unmodifiableSet(in));
            disqualified.put(n, Collections.unmodifiableSet(out));
        }
        return new ParticipationMatrix(serving, disqualified);
    }

    private static Set<MemberId> servingBeforeJav(Attendance attendance, ParagraphNumber n) {
        Set<MemberId> members = new LinkedHashSet<>();
        for (Attendee a : attendance.attendees()) {
            if (a.kind() == AttendanceKind.SERVING && present(attendance, a.member(), n)) {
                members.add(a.member());
            }
        }
        for (Attendee a : attendance.attendees()) {
            if (!present(attendance, a.member(), n)) {
                continue;
            }
            MemberId replaced = a.kind() == AttendanceKind.SERVING_SUBSTITUTE ? a.replaces() : takenOver(attendance, a, n);
            if (replaced != null && !members.contains(replaced)) {
                members.add(a.member());
            }
        }
        return members;
    }

    /** The seat an ersättare present without serving has taken over by § n, if any. */
    private static MemberId takenOver(Attendance attendance, Attendee attendee, ParagraphNumber n) {
        MemberId replaced = null;
        for (AttendanceChange change : sortedChanges(attendance, attendee.member())) {
            if (change.replaces() != null && change.presentIn(n)) {
                replaced = change.replaces();
            }
        }
        return replaced;
    }

    /** In the room for § n: the last arrival or departure that has happened by then decides. */
    private static boolean present(Attendance attendance, MemberId member, ParagraphNumber n) {
        if (attendance.attendee(member).isEmpty()) {
            return false;
        }
        List<AttendanceChange> changes = sortedChanges(attendance, member);
        boolean present = changes.isEmpty() || changes.get(0).movement() != Movement.ARRIVES_FROM;
        for (AttendanceChange change : changes) {
            boolean happened = change.movement() == Movement.ARRIVES_FROM
                    ? n.compareTo(change.paragraph()) >= 0
                    : n.compareTo(change.paragraph()) > 0;
            if (happened) {
                present = change.movement() == Movement.ARRIVES_FROM;
            }
        }
        return present;
    }

    private static List<AttendanceChange> sortedChanges(Attendance attendance, MemberId member) {
        return attendance.changes().stream().filter(c -> c.member().equals(member))
                .sorted(Comparator.comparing(AttendanceChange::paragraph)).toList();
    }

    /** The paragraphs covered, in § order. */
    public List<ParagraphNumber> paragraphs() {
        return List.copyOf(serving.keySet());
    }

    /** Who served in § n. */
    public Set<MemberId> serving(ParagraphNumber n) {
        Set<MemberId> members = serving.get(n);
        if (members == null) {
            throw new DomainException("§ " + n + " hör inte till sammanträdet.");
        }
        return members;
    }

    public boolean served(MemberId member, ParagraphNumber n) {
        return serving(n).contains(member);
    }

    /** Who was jävig in § n. */
    public Set<MemberId> disqualified(ParagraphNumber n) {
        return disqualified.getOrDefault(n, Set.of());
    }
}
