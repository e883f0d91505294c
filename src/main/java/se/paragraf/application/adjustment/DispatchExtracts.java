package se.paragraf.application.adjustment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.paragraf.application.CurrentUser;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.document.ExtractRenderer;
import se.paragraf.domain.adjustment.Dispatch;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: expediering. Who got which §§ when, per recipient of each §, what is still
 * undelivered, and (once an extract renderer is wired) the extract file for one recipient.
 */
public final class DispatchExtracts {
    private final UnitOfWork unitOfWork;
    private final ExtractRenderer extracts;
    private final CurrentUser user;
    private final Clock clock;

    public DispatchExtracts(UnitOfWork unitOfWork, ExtractRenderer extracts, CurrentUser user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.extracts = extracts;
        this.user = user;
        this.clock = clock;
    }

    /** Every recipient of every § of the meeting, in § order, with the time it was sent if it was. */
    public List<DispatchLine> status(MeetingId meeting) {
        return unitOfWork.transaction(r -> {
            Map<String, LocalDateTime> sent = r.dispatches().findByMeeting(meeting).stream().collect(Collectors.toMap(
                    d -> d.paragraph().value() + "\n" + d.recipient(), Dispatch::sentAt, (first, later) -> first));
            List<DispatchLine> lines = new ArrayList<>();
            for (Paragraph p : r.paragraphs().findByMeeting(meeting)) {
                for (Recipient recipient : p.recipients()) {
                    lines.add(new DispatchLine(p.id(), p.number(), p.title(), recipient.name(),
                            sent.get(p.id().value() + "\n" + recipient.name())));
                }
            }
            return lines;
        });
    }

    public List<DispatchLine> undelivered(MeetingId meeting) {
        return status(meeting).stream().filter(l -> l.sent().isEmpty()).toList();
    }

    /** Records that {@code recipient} got the extract of {@code paragraphs} now. */
    public List<Dispatch> record(String recipient, List<ParagraphId> paragraphs) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return unitOfWork.transaction(r -> {
            List<Dispatch> recorded = new ArrayList<>();
            for (ParagraphId id : paragraphs) {
                Paragraph p = r.paragraphs().findById(id)
                        .orElseThrow(() -> new DomainException("Paragrafen finns inte längre i arkivet."));
                Dispatch d = Dispatch.of(p, isAdjusted(r, p), recipient, now, user.name());
                r.dispatches().add(d);
                recorded.add(d);
            }
            return recorded;
        });
    }

    /** Renders the extract of {@code paragraphs} for {@code recipient} into {@code file}, registers and records it. */
    public List<Dispatch> sendExtract(MeetingId meeting, String recipient, List<ParagraphId> paragraphs, Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            extracts.renderExtract(meeting, paragraphs, bytes);
            Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Dispatch> recorded = record(recipient, paragraphs);
        unitOfWork.run(r -> r.audit().register(new RegisteredDocument(meeting.value(), RegisteredDocument.Kind.EXTRACT,
                AuditEntry.sha256(bytes.toByteArray()), file.getFileName().toString(),
                recorded.get(0).sentAt(), user.name())));
        return recorded;
    }

    private static boolean isAdjusted(Repositories r, Paragraph p) {
        return AdjustMinutes.current(r, p.meeting()).isLocked() || r.paragraphAdjustments().find(p.id()).isPresent();
    }
}
