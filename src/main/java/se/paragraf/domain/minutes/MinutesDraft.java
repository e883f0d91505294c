package se.paragraf.domain.minutes;

import java.util.List;
import java.util.Map;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.Require;

/**
 * Everything the validator looks at: the meeting, its board's memberships (for the number of
 * seats), attendance, paragraphs, and the § number the meeting should start at (one past the
 * board's last § earlier that year; null when unknown). {@code names} are for messages.
 */
public record MinutesDraft(Board board, Meeting meeting, List<Membership> memberships, Attendance attendance,
                           List<Paragraph> paragraphs, ParagraphNumber expectedFirst, Map<MemberId, String> names) {
    public MinutesDraft {
        Require.present(board, "Organ");
        Require.present(meeting, "Sammanträde");
        memberships = List.copyOf(Require.present(memberships, "Uppdrag"));
        Require.present(attendance, "Närvaro");
        paragraphs = List.copyOf(Require.present(paragraphs, "Paragrafer"));
        names = Map.copyOf(Require.present(names, "Namn"));
    }

    /** Seats on the board on the meeting's day: ledamöter (chair and vice chairs included), not ersättare. */
    public int seats() {
        return (int) memberships.stream()
                .filter(m -> m.role().holdsSeat() && m.activeOn(meeting.date()))
                .map(Membership::member).distinct().count();
    }

    String name(MemberId member) {
        return names.getOrDefault(member, "ledamot " + member);
    }
}
