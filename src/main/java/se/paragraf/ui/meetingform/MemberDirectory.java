package se.paragraf.ui.meetingform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.paragraf.application.board.BoardMember;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.MembershipRole;

/**
 * The names the meeting form completes and understands: the board's roll (with each person's
 * role) and anyone already on the meeting's attendance. Names are matched whole, ignoring case.
 */
final class MemberDirectory {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private final Map<MemberId, String> names = new LinkedHashMap<>();
    private final Map<MemberId, MembershipRole> roles = new LinkedHashMap<>();

    MemberDirectory(List<BoardMember> roll, Map<MemberId, String> others) {
        roll.forEach(entry -> {
            names.put(entry.member().id(), entry.member().name());
            roles.putIfAbsent(entry.member().id(), entry.membership().role());
        });
        others.forEach(names::putIfAbsent);
    }

    static MemberDirectory empty() {
        return new MemberDirectory(List.of(), Map.of());
    }

    Optional<MemberId> find(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(SWEDISH);
        return names.entrySet().stream().filter(e -> e.getValue().toLowerCase(SWEDISH).equals(key))
                .map(Map.Entry::getKey).findFirst();
    }

    String name(MemberId id) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }

    /** The role on the board's roll; a person not on the roll is taken to be a ledamot. */
    MembershipRole role(MemberId id) {
        return roles.getOrDefault(id, MembershipRole.MEMBER);
    }

    List<String> names() {
        return List.copyOf(names.values());
    }

    /** Seat holders on the roll, chair first, for "fill in from the roll". */
    List<MemberId> seatHolders() {
        return roles.entrySet().stream().filter(e -> e.getValue().holdsSeat()).map(Map.Entry::getKey).toList();
    }
}
