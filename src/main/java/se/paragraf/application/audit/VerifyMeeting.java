package se.paragraf.application.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.adjustment.CurrentUser;
import se.paragraf.domain.audit.AuditChain;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: register the SHA-256 of a document that is a meeting's record (the justerat or
 * signed protocol, an anslag), and check a meeting: its audit chain and, given a file, that the
 * file is one of the registered documents, byte for byte.
 */
public final class VerifyMeeting {
    private final UnitOfWork unitOfWork;
    private final CurrentUser user;
    private final Clock clock;

    public VerifyMeeting(UnitOfWork unitOfWork, CurrentUser user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.user = user;
        this.clock = clock;
    }

    public RegisteredDocument register(MeetingId meeting, RegisteredDocument.Kind kind, String fileName, byte[] bytes) {
        RegisteredDocument document = new RegisteredDocument(meeting.value(), kind, AuditEntry.sha256(bytes), fileName,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), user.name());
        unitOfWork.run(r -> {
            requireMeeting(r.meetings().findById(meeting).isPresent(), meeting);
            r.audit().register(document);
        });
        return document;
    }

    /** Checks the trail; with {@code file} (else null) also that it is a registered document. */
    public Verification verify(MeetingId meeting, String fileName, byte[] file) {
        return unitOfWork.transaction(r -> {
            List<AuditEntry> entries = r.audit().entries(meeting.value());
            requireMeeting(!entries.isEmpty() || r.meetings().findById(meeting).isPresent(), meeting);
            List<String> problems = new ArrayList<>(AuditChain.problems(entries));
            RegisteredDocument matched = null;
            if (file != null) {
                String hash = AuditEntry.sha256(file);
                matched = r.audit().findDocument(meeting.value(), hash).orElse(null);
                if (matched == null) {
                    List<RegisteredDocument> registered = r.audit().documents(meeting.value());
                    problems.add(registered.isEmpty()
                            ? "Inget protokoll är registrerat för sammanträde " + meeting + ", så " + fileName
                                    + " kan inte kontrolleras. Registrera det justerade protokollet först."
                            : fileName + " stämmer inte med något registrerat dokument för sammanträde " + meeting
                                    + " (SHA-256 " + hash + "): filen har ändrats eller hör till ett annat "
                                    + "sammanträde.");
                }
            }
            return new Verification(entries.size(), problems, matched);
        });
    }

    private static void requireMeeting(boolean exists, MeetingId meeting) {
        if (!exists) {
            throw new DomainException("Sammanträde " + meeting + " finns inte i arkivet. Se paragraf meeting list.");
        }
    }
}
