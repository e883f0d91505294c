package se.paragraf.ui.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.text.Collator;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.meeting.ParticipationMatrix;
import se.paragraf.domain.minutes.MinutesDraft;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.phrase.PhraseLibrary;

/**
 * What the editor needs besides the § itself: the meeting as the validator sees it, the
 * board's phrases and its utskott (for "{Committee}s förslag"). Read when a meeting opens and
 * again after each agenda change.
 */
public record WorkbenchContext(MinutesDraft draft, PhraseLibrary phrases, List<Board> committees) {
    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    public WorkbenchContext {
        committees = List.copyOf(committees);
    }

    /** Editing stops at justering; a correction is a new, visible note instead. */
    public boolean readOnly() {
        return draft.attendance().officers().isAdjusted();
    }

    /** Everyone the meeting knows by name (members, ersättare), in Swedish alphabetical order. */
    public List<MemberChoice> members() {
        return draft.names().entrySet().stream().map(e -> new MemberChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(MemberChoice::name, SWEDISH)).toList();
    }

    /** Who served in {@code paragraph} as it stands in the editor (attendance, arrivals, jäv). */
    public List<MemberChoice> serving(Paragraph paragraph) {
        List<Paragraph> paragraphs = withCurrent(paragraph);
        Set<MemberId> serving = ParticipationMatrix.of(draft.attendance(), paragraphs).serving(paragraph.number());
        return members().stream().filter(m -> serving.contains(m.id())).toList();
    }

    public Optional<MemberChoice> member(String name) {
        String wanted = name == null ? "" : name.strip();
        return members().stream().filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public String name(MemberId id) {
        Map<MemberId, String> names = draft.names();
        return names.getOrDefault(id, "ledamot " + id);
    }

    /** The draft with the editor's version of {@code paragraph} in place of the stored one. */
    public MinutesDraft draftWith(Paragraph paragraph) {
        return new MinutesDraft(draft.board(), draft.meeting(), draft.memberships(), draft.attendance(),
                withCurrent(paragraph), draft.expectedFirst(), draft.names());
    }

    private List<Paragraph> withCurrent(Paragraph paragraph) {
        List<Paragraph> others = draft.paragraphs().stream().filter(p -> !p.id().equals(paragraph.id())).toList();
        return java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(paragraph))
                .sorted(Comparator.comparing(Paragraph::number)).toList();
    }

    /** A member as a name, for pickers and completion. */
    public record MemberChoice(MemberId id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }
}
