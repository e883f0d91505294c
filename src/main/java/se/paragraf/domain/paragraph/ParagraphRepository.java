package se.paragraf.domain.paragraph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;

public interface ParagraphRepository {
    ParagraphId nextId();

    /**
     * Inserts the paragraph, or writes what changed since the stored version: only the child
     * rows that differ are updated, inserted or deleted, and a save that changes nothing writes
     * nothing. Returns the version now stored (one more than before when anything changed).
     *
     * @throws se.paragraf.domain.shared.StaleVersionException when the stored version is not
     *         {@code paragraph.version()}: someone else saved it in between (ADR 0019)
     */
    long save(Paragraph paragraph);

    /** The stored version of the paragraph, empty when it is not in the archive. */
    java.util.OptionalLong versionOf(ParagraphId id);

    /**
     * Inserts new paragraphs in batches: for bulk writes (import, synthetic archives), where
     * {@link #save} per paragraph is too slow. Fails if any of them exists already.
     */
    void insertAll(List<Paragraph> paragraphs);

    Optional<Paragraph> findById(ParagraphId id);

    /** The meeting's paragraphs in § order. */
    List<Paragraph> findByMeeting(MeetingId meeting);

    /** The § numbers of one meeting in order: cheaper than loading the paragraphs for overviews. */
    List<ParagraphNumber> numbersOf(MeetingId meeting);

    /**
     * Every meeting's count and first and last §, in one grouped query: for the overview of the
     * whole archive, where a query per meeting costs seconds with thousands of meetings.
     * Meetings without paragraphs are absent.
     */
    Map<MeetingId, ParagraphSpan> spansByMeeting();

    /** Every paragraph about the case, in meeting date order. */
    List<Paragraph> findByCaseNumber(CaseNumber caseNumber);

    /** The headings of every paragraph about the case, in no particular order: the case timeline's query. */
    List<ParagraphHeading> headingsByCaseNumber(CaseNumber caseNumber);

    /** The board's series for a calendar year: every § number used in any of its meetings that year. */
    ParagraphSeries seriesOf(BoardId board, int year);

    /**
     * Up to {@code limit} paragraphs with ids above {@code after} (all when null), in id order:
     * for walking the whole archive in pages, as rebuilding the search index does.
     */
    List<Paragraph> findAfter(ParagraphId after, int limit);

    long count();

    /** Removes the paragraph with everything it holds (before justering only; the use case guards that). */
    void delete(ParagraphId id);

    /**
     * Gives paragraphs new numbers at once, so that § 5 and § 6 can swap without either number
     * being taken in between. Each § whose number changes gets a new version.
     */
    void renumber(java.util.Map<ParagraphId, ParagraphNumber> numbers);
}
