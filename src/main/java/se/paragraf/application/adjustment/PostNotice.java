package se.paragraf.application.adjustment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import se.paragraf.application.CurrentUser;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.audit.SealRecords;
import se.paragraf.application.document.NoticeDocument;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.Notice;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: anslag of a justerat protocol (post it, write the notice as PDF/A or text) and the
 * record of its take-down once the appeal period is over (KL 8 kap 12 §, 13 kap 5 §).
 */
public final class PostNotice {
    private final UnitOfWork unitOfWork;
    private final NoticeDocument document;
    private final CurrentUser user;
    private final Clock clock;

    public PostNotice(UnitOfWork unitOfWork, NoticeDocument document, CurrentUser user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.document = document;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Posts the justering on {@code on}; {@code takeDown} null means the first lawful day, the day
     * after the last day of appeal.
     */
    public Notice post(MeetingId meeting, LocalDate on, LocalDate takeDown, String keptAt) {
        return unitOfWork.transaction(r -> {
            NoticeFacts proposal = NoticeFacts.proposed(on, takeDown, keptAt);
            MinutesLifecycle posted = AdjustMinutes.current(r, meeting)
                    .post(proposal.postedOn(), proposal.takeDownOn(), keptAt);
            r.lifecycles().save(posted);
            SealRecords.lifecycle(r, posted, user.name(), now());
            return notice(r, posted);
        });
    }

    /** The notice of a posted protocol. */
    public Notice notice(MeetingId meeting) {
        return unitOfWork.transaction(r -> notice(r, AdjustMinutes.current(r, meeting)));
    }

    /** Writes the notice as PDF/A to {@code file} and registers its SHA-256 with the meeting. */
    public void writePdf(MeetingId meeting, Path file) {
        Notice notice = notice(meeting);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            document.write(notice, bytes);
            Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegisteredDocument registered = new RegisteredDocument(meeting.value(), RegisteredDocument.Kind.NOTICE,
                AuditEntry.sha256(bytes.toByteArray()), file.getFileName().toString(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), user.name());
        unitOfWork.run(r -> r.audit().register(registered));
    }

    /** The notice came down on {@code on}; the appeal period is over. */
    public MinutesLifecycle takeDown(MeetingId meeting, LocalDate on) {
        return unitOfWork.transaction(r -> {
            MinutesLifecycle over = AdjustMinutes.current(r, meeting).takeDown(on);
            r.lifecycles().save(over);
            SealRecords.lifecycle(r, over, user.name(), now());
            return over;
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Notice notice(Repositories r, MinutesLifecycle lifecycle) {
        Meeting meeting = AdjustMinutes.meetingOf(r, lifecycle.meeting());
        String board = r.boards().findById(meeting.board())
                .orElseThrow(() -> new DomainException("Organet finns inte längre i arkivet.")).name();
        return Notice.of(lifecycle, board, Notice.paragraphRange(r.paragraphs().numbersOf(meeting.id()).stream()
                .map(Object::toString).toList()));
    }
}
