package se.paragraf.application.adjustment;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import se.paragraf.application.CurrentUser;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.audit.SealRecords;
import se.paragraf.application.audit.VerifyMeeting;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.application.document.RenderMinutes;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.application.delegation.MarkDelegatedDecisionsReported;
import se.paragraf.domain.adjustment.AdjustmentSignature;
import se.paragraf.domain.adjustment.SignerRole;
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
    private final CurrentUser user;
    private final Clock clock;
    private final RenderMinutes render;
    private final VerifyMeeting verify;

    public AdjustMinutes(UnitOfWork unitOfWork, ReindexParagraphs reindex, CurrentUser user, Clock clock,
                         RenderMinutes render, VerifyMeeting verify) {
        this.unitOfWork = unitOfWork;
        this.reindex = reindex;
        this.user = user;
        this.clock = clock;
        this.render = render;
        this.verify = verify;
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

    /** Justering on {@code on} by the recorded signatures, else on paper by the meeting's officers. */
    public MinutesLifecycle adjust(MeetingId meeting, LocalDate on) {
        return adjust(meeting, on, List.of());
    }

    /**
     * Justering on {@code on}, the one legal act from the window and the command line alike, in one
     * transaction: the paper signatures of {@code paperSigners} (ordförande first, then the
     * justerare); when none are named, the digital signatures already recorded, or else the
     * meeting's ordförande and justerare as recorded; then the lifecycle, the delegation report and
     * the sealed record of the whole protocol (ADR 0018). From now on no path changes it unnoticed.
     * Then the minutes as they print now, stamped with that record, are registered by their hash,
     * so the justerat protocol on paper or in the e-archive can be checked with {@code verify --pdf}.
     */
    public MinutesLifecycle adjust(MeetingId meeting, LocalDate on, List<String> paperSigners) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        MinutesLifecycle adjusted = unitOfWork.transaction(r -> {
            MinutesLifecycle before = current(r, meeting);
            MinutesLifecycle next = before.adjust(on);
            List<String> signers = paperSigners.isEmpty() && r.signatures().findByMeeting(meeting).isEmpty()
                    ? officers(r, meeting) : paperSigners;
            LocalDateTime signedAt = on.atTime(LocalTime.NOON);
            for (int i = 0; i < signers.size(); i++) {
                r.signatures().add(AdjustmentSignature.of(before, i == 0 ? SignerRole.CHAIR : SignerRole.ADJUSTER,
                        signers.get(i), signedAt, AdjustmentSignature.Method.PAPER, user.name()));
            }
            // The delegationsbeslut this protocol reports count as reported the day it is justerat
            // (their appeal period starts then), in the same transaction as the justering itself.
            MarkDelegatedDecisionsReported.within(r, meeting, on);
            r.lifecycles().save(next);
            SealRecords.protocol(r, meeting, user.name(), now);
            return next;
        });
        // Its §§ are found as justerade from now on.
        reindex.meeting(meeting);
        registerPrint(meeting);
        return adjusted;
    }

    /** The minutes as printed at justering, registered by their SHA-256 beside the sealed record. */
    private void registerPrint(MeetingId meeting) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        render.minutes(meeting, MinutesOptions.FULL, pdf);
        verify.register(meeting, RegisteredDocument.Kind.MINUTES, "protokoll-" + meeting + "-justerat.pdf",
                pdf.toByteArray());
    }

    MinutesLifecycle step(MeetingId meeting, UnaryOperator<MinutesLifecycle> verb) {
        return unitOfWork.transaction(r -> {
            MinutesLifecycle next = verb.apply(current(r, meeting));
            r.lifecycles().save(next);
            return next;
        });
    }

    /** The names of the meeting's ordförande and justerare, ordförande first (none for a protocol without officers). */
    private static List<String> officers(Repositories r, MeetingId meeting) {
        List<String> names = new ArrayList<>();
        r.attendance().findByMeeting(meeting).ifPresent(a -> {
            a.officers().chairman().flatMap(r.members()::findById).ifPresent(m -> names.add(m.name()));
            a.officers().adjusters().forEach(j -> r.members().findById(j.member()).ifPresent(m -> names.add(m.name())));
        });
        return names;
    }

    static MinutesLifecycle current(Repositories r, MeetingId meeting) {
        return r.lifecycles().find(meeting).orElseGet(() -> MinutesLifecycle.begin(meetingOf(r, meeting)));
    }

    static Meeting meetingOf(Repositories r, MeetingId meeting) {
        return r.meetings().findById(meeting)
                .orElseThrow(() -> new DomainException("Sammanträdet finns inte längre i arkivet."));
    }
}
