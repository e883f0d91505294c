package se.paragraf.application.adjustment;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.delegation.MarkDelegatedDecisionsReported;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: move a protocol along its lifecycle up to justering ("Klar för justering", "Öppna
 * igen", "Justera"). Each step is the domain's verb inside one transaction; the database checks
 * the same step again (ADR 0012).
 */
public final class AdjustMinutes {
    private final UnitOfWork unitOfWork;
    private final ReindexParagraphs reindex;

    public AdjustMinutes(UnitOfWork unitOfWork, ReindexParagraphs reindex) {
        this.unitOfWork = unitOfWork;
        this.reindex = reindex;
    }

    /** The protocol's lifecycle; a draft when nothing has happened yet. */
    public MinutesLifecycle lifecycle(MeetingId meeting) {
        return unitOfWork.transaction(r -> current(r, meeting));
    }

    public MinutesLifecycle readyForAdjustment(MeetingId meeting, LocalDate on) {
        return step(meeting, l -> l.readyForAdjustment(on));
    }

    public MinutesLifecycle reopen(MeetingId meeting) {
        return step(meeting, MinutesLifecycle::reopen);
    }

    /** Justering on {@code on}: from now on no path can change the protocol. */
    public MinutesLifecycle adjust(MeetingId meeting, LocalDate on) {
        MinutesLifecycle adjusted = unitOfWork.transaction(r -> {
            MinutesLifecycle next = current(r, meeting).adjust(on);
            // The delegationsbeslut this protocol reports count as reported the day it is justerat
            // (their appeal period starts then), in the same transaction as the justering itself.
            MarkDelegatedDecisionsReported.within(r, meeting, on);
            r.lifecycles().save(next);
            return next;
        });
        // Its §§ are found as justerade from now on.
        reindex.meeting(meeting);
        return adjusted;
    }

    MinutesLifecycle step(MeetingId meeting, UnaryOperator<MinutesLifecycle> verb) {
        return unitOfWork.transaction(r -> {
            MinutesLifecycle next = verb.apply(current(r, meeting));
            r.lifecycles().save(next);
            return next;
        });
    }

    static MinutesLifecycle current(Repositories r, MeetingId meeting) {
        return r.lifecycles().find(meeting).orElseGet(() -> MinutesLifecycle.begin(meetingOf(r, meeting)));
    }

    static Meeting meetingOf(Repositories r, MeetingId meeting) {
        return r.meetings().findById(meeting)
                .orElseThrow(() -> new DomainException("Sammanträdet finns inte längre i arkivet."));
    }
}
