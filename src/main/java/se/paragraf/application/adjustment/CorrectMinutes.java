package se.paragraf.application.adjustment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.paragraf.application.CurrentUser;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.audit.SealRecords;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: a rättelse of a justerat protocol, and the list of them for the protocol and its
 * renderers (they print each correction after the § it concerns, or after the protocol).
 */
public final class CorrectMinutes {
    private final UnitOfWork unitOfWork;
    private final CurrentUser user;
    private final Clock clock;

    public CorrectMinutes(UnitOfWork unitOfWork, CurrentUser user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.user = user;
        this.clock = clock;
    }

    /** A correction of {@code paragraph}, or of the whole protocol when it is null. */
    public Correction correct(MeetingId meeting, ParagraphId paragraph, String reason, String text) {
        return unitOfWork.transaction(r -> {
            boolean paragraphAdjusted = false;
            if (paragraph != null) {
                Paragraph p = r.paragraphs().findById(paragraph)
                        .orElseThrow(() -> new DomainException("Paragrafen finns inte längre i arkivet."));
                if (!p.meeting().equals(meeting)) {
                    throw new DomainException("§ " + p.number() + " hör till ett annat sammanträde.");
                }
                paragraphAdjusted = r.paragraphAdjustments().find(paragraph).isPresent();
            }
            Correction correction = Correction.of(r.corrections().nextId(), AdjustMinutes.current(r, meeting),
                    paragraph, paragraphAdjusted, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), user.name(), reason, text);
            r.corrections().add(correction);
            SealRecords.correction(r, correction, user.name(), correction.madeAt());
            return correction;
        });
    }

    /**
     * A correction of the § numbered {@code number} in the meeting (as typed: "98", "§ 98"), or of
     * the whole protocol when the number is blank: the window and the command line alike.
     */
    public Correction correctNumbered(MeetingId meeting, String number, String reason, String text) {
        String typed = number == null ? "" : number.replace("§", "").strip();
        if (typed.isEmpty()) {
            return correct(meeting, null, reason, text);
        }
        ParagraphNumber wanted;
        try {
            wanted = ParagraphNumber.parse(typed);
        } catch (RuntimeException e) {
            throw noParagraph(typed);
        }
        ParagraphId paragraph = unitOfWork.transaction(r -> r.paragraphs().findByMeeting(meeting).stream()
                .filter(p -> p.number().equals(wanted)).map(Paragraph::id).findFirst())
                .orElseThrow(() -> noParagraph(typed));
        return correct(meeting, paragraph, reason, text);
    }

    private static DomainException noParagraph(String number) {
        return new DomainException("§ " + number + " finns inte i sammanträdet. Skriv numret på en av dess "
                + "paragrafer, eller inget nummer för en rättelse av hela protokollet.");
    }

    /** The meeting's corrections, oldest first. */
    public List<Correction> corrections(MeetingId meeting) {
        return unitOfWork.transaction(r -> r.corrections().findByMeeting(meeting));
    }
}
