package se.paragraf.application.adjustment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.paragraf.application.CurrentUser;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.audit.VerifyMeeting;
import se.paragraf.application.document.DocumentSigner;
import se.paragraf.domain.adjustment.AdjustmentSignature;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.adjustment.SignerRole;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: justering by signature. Digital: one PAdES signature per call on any PDF/A (minutes,
 * an immediate extract), each an incremental update; with a meeting the signature is recorded
 * and the signed file's SHA-256 registered. Paper: record who signed in ink and when.
 */
public final class SignMinutes {
    private final UnitOfWork unitOfWork;
    private final DocumentSigner signer;
    private final CurrentUser user;
    private final Clock clock;

    private final VerifyMeeting verifyMeeting;

    public SignMinutes(UnitOfWork unitOfWork, DocumentSigner signer, VerifyMeeting verifyMeeting, CurrentUser user,
                       Clock clock) {
        this.unitOfWork = unitOfWork;
        this.verifyMeeting = verifyMeeting;
        this.signer = signer;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Signs {@code in} into {@code out} (they may be the same file). {@code meeting} may be null
     * for a file that is not in the archive.
     */
    public DocumentSigner.Signed signPdf(Path in, Path out, Path pkcs12, char[] password, SignerRole role,
                                         String location, MeetingId meeting) {
        if (!Files.isRegularFile(in)) {
            throw new DomainException("Filen " + in + " finns inte. Kontrollera sökvägen.");
        }
        byte[] original;
        try {
            original = Files.readAllBytes(in);
        } catch (IOException e) {
            throw new DomainException("Filen " + in.getFileName() + " kunde inte läsas: " + e.getMessage());
        }
        if (meeting != null) {
            // Only this meeting's protocol as the archive holds it may be signed as its justering.
            unitOfWork.run(r -> verifyMeeting.requireProtocolFile(r, meeting, in.getFileName().toString(), original,
                    false, true));
        }
        DocumentSigner.Signed signed;
        try {
            signed = signer.sign(original, pkcs12, password, role, location);
        } catch (IOException e) {
            throw new DomainException("Filen " + in.getFileName() + " kunde inte läsas som PDF: " + e.getMessage());
        }
        if (meeting != null) {
            LocalDateTime now = now();
            unitOfWork.run(r -> {
                r.signatures().add(AdjustmentSignature.of(AdjustMinutes.current(r, meeting), role, signed.signerName(),
                        now, AdjustmentSignature.Method.DIGITAL, user.name()));
                r.audit().register(new RegisteredDocument(meeting.value(), RegisteredDocument.Kind.SIGNED_MINUTES,
                        AuditEntry.sha256(signed.pdf()), out.getFileName().toString(), now, user.name()));
            });
        }
        try {
            Files.write(out, signed.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signed;
    }

    /** Paper justering: {@code name} signed in ink at {@code signedAt}. */
    public AdjustmentSignature recordPaper(MeetingId meeting, SignerRole role, String name, LocalDateTime signedAt) {
        return unitOfWork.transaction(r -> {
            AdjustmentSignature signature = AdjustmentSignature.of(AdjustMinutes.current(r, meeting), role, name,
                    signedAt.truncatedTo(ChronoUnit.MINUTES), AdjustmentSignature.Method.PAPER, user.name());
            r.signatures().add(signature);
            return signature;
        });
    }

    public List<AdjustmentSignature> signatures(MeetingId meeting) {
        return unitOfWork.transaction(r -> r.signatures().findByMeeting(meeting));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
