package se.paragraf.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.application.Repositories;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.meeting.OtherPresent;
import se.paragraf.domain.shared.DomainException;

/**
 * Saves the cover page: who decided, who was present without serving, the officials, the chair,
 * the secretary and the justerare. Only when the protocol has a cover page (an attendance list):
 * a protocol without one keeps its meeting as before. Whatever does not fit the model becomes a
 * warning for the secretary; the import itself goes on.
 */
final class AttendanceForProtocol {
    private static final Pattern REPLACES = Pattern.compile("(?iu)\\bers(?:ättare|\\.)?\\s+för\\s+(.+)$");
    private static final int MAX_ADJUSTERS = 5;

    private final Repositories r;
    private final BoardRoll roll;
    private final List<String> warnings;
    private Attendance attendance;
    private MemberId chair;

    private AttendanceForProtocol(Repositories r, Meeting meeting, List<String> warnings) {
        this.r = r;
        this.roll = new BoardRoll(r, meeting.board(), meeting.date());
        this.warnings = warnings;
        this.attendance = Attendance.empty(meeting.id());
    }

    static void save(Repositories r, BoardForProtocol.Found board, Meeting meeting, ParsedProtocol protocol,
                     List<String> warnings) {
        if (protocol.attendance().isEmpty()) {
            return;
        }
        AttendanceForProtocol cover = new AttendanceForProtocol(r, meeting, warnings);
        protocol.attendance().deciding().forEach(cover::deciding);
        protocol.attendance().nonDeciding().forEach(cover::notServing);
        cover.attendance = cover.attendance.withOthers(
                protocol.attendance().othersPresent().stream().map(AttendanceForProtocol::other).toList());
        r.attendance().save(cover.attendance.withOfficers(cover.officers(board, protocol)));
    }

    private void deciding(ParsedAttendee a) {
        String role = a.role() == null ? "" : a.role().toLowerCase(Locale.ROOT);
        add(a, () -> {
            if (!role.contains("ersättare") && !role.startsWith("ers")) {
                Membership m = roll.enrol(a.name(), a.party(), roleOf(role));
                if (roleOf(role) == MembershipRole.CHAIR) {
                    chair = m.member();
                }
                return Attendee.serving(m.member(), m.role());
            }
            Membership m = roll.enrol(a.name(), a.party(), MembershipRole.SUBSTITUTE);
            Matcher replaces = REPLACES.matcher(a.role());
            if (replaces.find()) {
                Optional<Member> replaced = roll.find(replaces.group(1).replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
                if (replaced.isPresent()) {
                    return Attendee.substituteFor(m.member(), replaced.get().id());
                }
                warnings.add("Närvaro: " + a.name() + " tjänstgjorde för " + replaces.group(1).strip()
                        + ", som inte finns bland organets ledamöter. Ange vem ersättaren ersatte i närvarolistan.");
            }
            return new Attendee(m.member(), m.role(), AttendanceKind.SERVING, null);
        });
    }

    private void notServing(ParsedAttendee a) {
        add(a, () -> {
            Membership m = roll.enrol(a.name(), a.party(), MembershipRole.SUBSTITUTE);
            return new Attendee(m.member(), m.role(), AttendanceKind.PRESENT_NOT_SERVING, null);
        });
    }

    private interface AttendeeSource {
        Attendee get();
    }

    private void add(ParsedAttendee a, AttendeeSource source) {
        if (a.name() == null || a.name().isBlank()) {
            return;
        }
        try {
            Attendee attendee = source.get();
            if (attendance.attendee(attendee.member()).isPresent()) {
                warnings.add("Närvaro: " + a.name() + " står två gånger på försättsbladet och sparades en gång.");
                return;
            }
            attendance = attendance.with(attendee);
        } catch (DomainException e) {
            warnings.add("Närvaro: " + a.name() + " kunde inte sparas: " + e.getMessage());
        }
    }

    private static MembershipRole roleOf(String role) {
        if (role.contains("vice ordförande")) {
            return MembershipRole.VICE_CHAIR;
        }
        return role.contains("ordförande") ? MembershipRole.CHAIR : MembershipRole.MEMBER;
    }

    /**
     * "Ekonomichef Anders Svensson" or "Anders Svensson, ekonomichef". Without a comma the last two
     * words are taken as the name: a three-word name then loses a word to the title, which the
     * secretary can correct, whereas guessing titles from a list would miss most of them.
     */
    static OtherPresent other(String written) {
        String w = written.strip();
        int comma = w.indexOf(',');
        if (comma > 0) {
            return new OtherPresent(w.substring(0, comma), w.substring(comma + 1));
        }
        String[] words = w.split("\\s+");
        if (words.length < 3) {
            return new OtherPresent(w, null);
        }
        int nameStart = words.length - 2;
        return new OtherPresent(String.join(" ", List.of(words).subList(nameStart, words.length)),
                String.join(" ", List.of(words).subList(0, nameStart)));
    }

    private MeetingOfficers officers(BoardForProtocol.Found found, ParsedProtocol protocol) {
        List<Adjuster> adjusters = new ArrayList<>();
        for (String name : protocol.adjusters()) {
            Optional<Member> member = roll.find(name);
            if (member.isEmpty()) {
                warnings.add("Justeraren " + name + " finns inte bland organets ledamöter och sparades inte. "
                        + "Välj justerare för sammanträdet.");
            } else if (member.get().id().equals(chair)) {
                warnings.add("Ordföranden " + name + " justerar alltid och sparades inte som justerare.");
            } else if (adjusters.stream().noneMatch(j -> j.member().equals(member.get().id()))) {
                adjusters.add(new Adjuster(member.get().id()));
            }
        }
        Board board = found.board();
        if (found.created() && !adjusters.isEmpty() && adjusters.size() != board.adjusterCount()) {
            board = new Board(board.id(), board.name(), board.kind(), board.parent(),
                    Math.min(adjusters.size(), MAX_ADJUSTERS));
            r.boards().save(board);
        }
        if (adjusters.size() > board.adjusterCount()) {
            List<Adjuster> extra = adjusters.subList(board.adjusterCount(), adjusters.size());
            warnings.add(board.name() + " har " + board.adjusterCount() + " justerare; " + extra.size()
                    + " till i protokollet sparades inte. Ändra antalet för organet om det behövs.");
            adjusters = new ArrayList<>(adjusters.subList(0, board.adjusterCount()));
        }
        return MeetingOfficers.NONE.chairedBy(chair).keptBy(protocol.secretary()).withAdjusters(adjusters, board);
    }
}
