package se.paragraf.application.document;

import java.util.List;
import se.paragraf.application.meeting.MeetingExport;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;

/** Members as the protocol names them: "Martin Andersson (SD)". */
final class MemberNames {
    private final MeetingExport meeting;

    MemberNames(MeetingExport meeting) {
        this.meeting = meeting;
    }

    String withParty(MemberId id) {
        return meeting.member(id).map(m -> m.name() + (m.party() == null ? "" : " (" + m.party() + ")"))
                .orElse("(okänd ledamot)");
    }

    String name(MemberId id) {
        return meeting.member(id).map(Member::name).orElse("(okänd ledamot)");
    }

    String party(MemberId id) {
        return meeting.member(id).map(Member::party).orElse("");
    }

    /** "A, B och C". */
    static String enumerate(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }
}
