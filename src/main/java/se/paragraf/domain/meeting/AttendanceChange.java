package se.paragraf.domain.meeting;

import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * An arrival or departure between paragraphs. An ersättare who arrives to take over a seat
 * names whom she {@code replaces} from that § on ("tjänstgör från § 105 i stället för …").
 */
public record AttendanceChange(MemberId member, Movement movement, ParagraphNumber paragraph, MemberId replaces) {
    public AttendanceChange {
        Require.present(member, "Ledamot");
        Require.present(movement, "Ankomst eller avgång");
        Require.present(paragraph, "Paragraf");
        if (replaces != null && movement != Movement.ARRIVES_FROM) {
            throw new DomainException("Bara den som kommer kan ta över en ledamots plats.");
        }
        if (member.equals(replaces)) {
            throw new DomainException("En ersättare kan inte ersätta sig själv.");
        }
    }

    public static AttendanceChange arrives(MemberId member, ParagraphNumber from) {
        return new AttendanceChange(member, Movement.ARRIVES_FROM, from, null);
    }

    public static AttendanceChange leaves(MemberId member, ParagraphNumber after) {
        return new AttendanceChange(member, Movement.LEAVES_AFTER, after, null);
    }

    public static AttendanceChange takesOver(MemberId substitute, MemberId replaced, ParagraphNumber from) {
        return new AttendanceChange(substitute, Movement.ARRIVES_FROM, from, replaced);
    }

    /** Whether the member is in the room for § {@code n} as far as this change is concerned. */
    boolean presentIn(ParagraphNumber n) {
        return movement == Movement.ARRIVES_FROM ? n.compareTo(paragraph) >= 0 : n.compareTo(paragraph) <= 0;
    }
}
