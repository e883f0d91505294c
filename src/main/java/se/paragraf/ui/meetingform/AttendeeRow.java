package se.paragraf.ui.meetingform;

import se.paragraf.domain.board.MemberId;

/** A line of the attendance list as shown: who, in what capacity, and whom a serving ersättare replaces. */
public record AttendeeRow(MemberId member, String name, String kind, String replaces) {
    @Override
    public String toString() {
        return replaces.isEmpty() ? name + " – " + kind : name + " – " + kind + " för " + replaces;
    }
}
