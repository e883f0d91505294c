package se.paragraf.domain.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Who was at a meeting and in what capacity (the protocol's cover page), with the meeting's
 * officers and the arrivals and departures between paragraphs. Who served in each § is derived
 * from this by {@link ParticipationMatrix}.
 */
public record Attendance(MeetingId meeting, MeetingOfficers officers, List<Attendee> attendees,
                         List<OtherPresent> othersPresent, List<AttendanceChange> changes) {
    public Attendance {
        Require.present(meeting, "Sammanträde");
        Require.present(officers, "Funktionärer");
        attendees = List.copyOf(Require.present(attendees, "Närvarande"));
        othersPresent = List.copyOf(Require.present(othersPresent, "Övriga närvarande"));
        changes = List.copyOf(Require.present(changes, "Ankomster och avgångar"));
        Set<MemberId> listed = new HashSet<>();
        for (Attendee attendee : attendees) {
            if (!listed.add(attendee.member())) {
                throw new DomainException("Samma person står två gånger i närvarolistan. Ta bort den ena raden.");
            }
        }
        Set<MemberId> replaced = new HashSet<>();
        for (Attendee attendee : attendees) {
            MemberId r = attendee.replaces();
            if (r == null) {
                continue;
            }
            if (!replaced.add(r)) {
                throw new DomainException("Två ersättare ersätter samma ledamot. En ledamot kan bara ersättas av en.");
            }
        }
        for (AttendanceChange change : changes) {
            if (!listed.contains(change.member())) {
                throw new DomainException("Ankomst eller avgång för någon som inte står i närvarolistan. "
                        + "Lägg till personen i närvarolistan först.");
            }
        }
    }

    public static Attendance empty(MeetingId meeting) {
        return new Attendance(meeting, MeetingOfficers.NONE, List.of(), List.of(), List.of());
    }

    public Optional<Attendee> attendee(MemberId member) {
        return attendees.stream().filter(a -> a.member().equals(member)).findFirst();
    }

    public Attendance withOfficers(MeetingOfficers newOfficers) {
        return new Attendance(meeting, newOfficers, attendees, othersPresent, changes);
    }

    /** Adds the attendee, or replaces the row of the same person. */
    public Attendance with(Attendee attendee) {
        List<Attendee> list = new ArrayList<>(attendees);
        int at = indexOf(attendee.member());
        if (at >= 0) {
            list.set(at, attendee);
        } else {
            list.add(attendee);
        }
        return new Attendance(meeting, officers, list, othersPresent, changes);
    }

    /** Removes the person and her arrivals and departures. */
    public Attendance without(MemberId member) {
        return new Attendance(meeting, officers,
                attendees.stream().filter(a -> !a.member().equals(member)).toList(), othersPresent,
                changes.stream().filter(c -> !c.member().equals(member)).toList());
    }

    public Attendance withOthers(List<OtherPresent> newOthers) {
        return new Attendance(meeting, officers, attendees, newOthers, changes);
    }

    public Attendance withChange(AttendanceChange change) {
        return editChanges(list -> {
            list.add(change);
            return list;
        });
    }

    public Attendance withoutChange(int index) {
        if (index < 0 || index >= changes.size()) {
            throw new DomainException("Ändring " + (index + 1) + " av närvaron finns inte.");
        }
        return editChanges(list -> {
            list.remove(index);
            return list;
        });
    }

    private Attendance editChanges(UnaryOperator<List<AttendanceChange>> edit) {
        return new Attendance(meeting, officers, attendees, othersPresent, edit.apply(new ArrayList<>(changes)));
    }

    private int indexOf(MemberId member) {
        for (int i = 0; i < attendees.size(); i++) {
            if (attendees.get(i).member().equals(member)) {
                return i;
            }
        }
        return -1;
    }
}
