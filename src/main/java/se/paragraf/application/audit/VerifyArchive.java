package se.paragraf.application.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.SealedRecord;
import se.paragraf.domain.meeting.MeetingId;

/**
 * Use case: {@code verify --all}, also run in the background at every start (ADR 0018): the
 * archive's chain of sealed records without gaps or broken links, then every meeting that is
 * sealed or justerat, checked as {@link VerifyMeeting} does.
 */
public final class VerifyArchive {
    /** Two cores are the machine this is built for; the H2 pool has connections to spare. */
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final UnitOfWork unitOfWork;
    private final VerifyMeeting verifyMeeting;

    public VerifyArchive(UnitOfWork unitOfWork, VerifyMeeting verifyMeeting) {
        this.unitOfWork = unitOfWork;
        this.verifyMeeting = verifyMeeting;
    }

    public ArchiveVerification verifyAll() {
        List<String> problems = new ArrayList<>();
        TreeSet<Long> meetings = new TreeSet<>();
        Set<String> seals = new HashSet<>();
        int records = unitOfWork.transaction(r -> {
            List<SealedRecord.SealLink> links = r.seals().links();
            problems.addAll(chainProblems(links));
            links.forEach(l -> seals.add(l.seal()));
            meetings.addAll(r.seals().sealedMeetings());
            r.lifecycles().findLocked().forEach(m -> meetings.add(m.value()));
            r.paragraphAdjustments().findAdjustedParagraphs().forEach(p ->
                    r.paragraphs().findById(p).ifPresent(paragraph -> meetings.add(paragraph.meeting().value())));
            return links.size();
        });
        // Meetings are independent: two at a time, each in its own read transaction, results in order.
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(THREADS);
        try {
            pool.submit(() -> meetings.stream().parallel()
                            .map(meeting -> unitOfWork.transaction(r ->
                                    verifyMeeting.problems(r, new MeetingId(meeting), seals)))
                            .toList())
                    .get().forEach(problems::addAll);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Arkivkontrollen avbröts", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new ArchiveVerification(meetings.size(), records, problems);
    }

    /** Numbering from 1 without gaps, each record linked to the one before it. */
    static List<String> chainProblems(List<SealedRecord.SealLink> links) {
        List<String> problems = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        for (SealedRecord.SealLink link : links) {
            if (link.id() != expected) {
                problems.add("Förseglad post " + expected + (link.id() > expected + 1 ? "–" + (link.id() - 1) : "")
                        + " saknas i arkivet: den har tagits bort.");
            }
            if (!link.previousSeal().equals(previous)) {
                problems.add("Förseglad post " + link.id() + " (sammanträde " + link.meeting() + ") pekar inte på "
                        + "posten före sig: kedjan av förseglade poster är bruten.");
            }
            previous = link.seal();
            expected = link.id() + 1;
        }
        return problems;
    }
}
