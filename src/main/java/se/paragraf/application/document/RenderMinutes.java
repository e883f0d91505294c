package se.paragraf.application.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.audit.ProtocolContent;
import se.paragraf.application.audit.SealStamp;
import se.paragraf.application.meeting.ExportMeeting;
import se.paragraf.application.meeting.MeetingExport;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.ParagraphAdjustment;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: a meeting's minutes, an extract of some of its §§, or the public version of either,
 * as a document. It reads the database and lays out pages, so callers in the window run it off
 * the FX thread. A file that could not be written completely is removed.
 */
public final class RenderMinutes implements ExtractRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(RenderMinutes.class);

    private final ExportMeeting exportMeeting;
    private final UnitOfWork unitOfWork;
    private final MinutesRenderer renderer;

    private final Clock clock;

    public RenderMinutes(ExportMeeting exportMeeting, UnitOfWork unitOfWork, MinutesRenderer renderer, Clock clock) {
        this.exportMeeting = exportMeeting;
        this.unitOfWork = unitOfWork;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The whole protocol: cover, information items, every §, justering and anslag, signature page. */
    public void minutes(MeetingId meeting, MinutesOptions options, OutputStream out) {
        write(ComposeMinutes.minutes(load(meeting), options), stamp(meeting, options.publicVersion()), out);
    }

    /**
     * An extract of the §§ {@code paragraphs} with the cover essentials and, once they are justerade,
     * "Rätt utdraget intygar"; before that it is marked as not justerat and not certified.
     */
    public void extract(MeetingId meeting, Collection<ParagraphNumber> paragraphs, ExtractCertification certification,
                        boolean publicVersion, OutputStream out) {
        MeetingExport export = load(meeting);
        write(ComposeMinutes.extract(export, paragraphs, certification, publicVersion, adjustedParagraphs(export)),
                stamp(meeting, publicVersion), out);
    }

    /**
     * For expediering: the §§ by id, certified today by the meeting's secretary, whose name line
     * is left for a hand signature when no secretary is recorded.
     */
    @Override
    public void renderExtract(MeetingId meeting, List<ParagraphId> paragraphs, OutputStream out) {
        renderExtract(meeting, paragraphs, false, out);
    }

    /** {@link #renderExtract}, or its public version (sekretess-§§ cut down, personnummer masked). */
    public void renderExtract(MeetingId meeting, List<ParagraphId> paragraphs, boolean publicVersion,
                              OutputStream out) {
        MeetingExport export = load(meeting);
        Set<ParagraphId> wanted = Set.copyOf(paragraphs);
        List<ParagraphNumber> numbers = export.details().paragraphs().stream()
                .filter(paragraph -> wanted.contains(paragraph.id())).map(Paragraph::number).toList();
        ExtractCertification certification = new ExtractCertification(
                export.attendance().officers().secretary(), LocalDate.now(clock));
        write(ComposeMinutes.extract(export, numbers, certification, publicVersion, adjustedParagraphs(export)),
                stamp(meeting, publicVersion), out);
    }

    /** {@link #renderExtract} into {@code file}: the extract the search window previews and saves. */
    public void renderExtract(MeetingId meeting, List<ParagraphId> paragraphs, boolean publicVersion, Path file) {
        toFile(file, out -> renderExtract(meeting, paragraphs, publicVersion, out));
    }

    /** Every § once the protocol is justerat; before that, those justerade omedelbart. */
    private Set<ParagraphId> adjustedParagraphs(MeetingExport export) {
        MeetingId meeting = export.details().meeting().id();
        return unitOfWork.transaction(r -> r.lifecycles().find(meeting).filter(MinutesLifecycle::isLocked).isPresent()
                ? export.details().paragraphs().stream().map(Paragraph::id).collect(Collectors.toSet())
                : r.paragraphAdjustments().findByMeeting(meeting).stream().map(ParagraphAdjustment::paragraph)
                        .collect(Collectors.toSet()));
    }

    public void minutes(MeetingId meeting, MinutesOptions options, Path file) {
        toFile(file, out -> minutes(meeting, options, out));
    }

    public void extract(MeetingId meeting, Collection<ParagraphNumber> paragraphs, ExtractCertification certification,
                        boolean publicVersion, Path file) {
        toFile(file, out -> extract(meeting, paragraphs, certification, publicVersion, out));
    }

    private MeetingExport load(MeetingId meeting) {
        return exportMeeting.export(meeting).orElseThrow(() -> new DomainException("Sammanträde " + meeting
                + " finns inte i arkivet. Kontrollera numret, till exempel i listan över sammanträden."));
    }

    /**
     * The seal stamp of the protocol as it is now; the public version carries none, since it is
     * not the record (its text is masked and cut).
     */
    private SealStamp stamp(MeetingId meeting, boolean publicVersion) {
        return publicVersion ? null : unitOfWork.transaction(r -> ProtocolContent.stamp(r, meeting));
    }

    private void write(MinutesDocument document, SealStamp stamp, OutputStream out) {
        try {
            renderer.render(document, stamp, out);
        } catch (IOException e) {
            LOG.warn("Protokollet kunde inte skrivas", e);
            throw new DomainException("Protokollet kunde inte skrivas (" + e.getMessage() + "). Försök igen.");
        }
    }

    private interface Writing {
        void to(OutputStream out);
    }

    private static void toFile(Path file, Writing writing) {
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            writing.to(out);
            done = true;
        } catch (IOException e) {
            LOG.warn("Protokollet kunde inte skrivas till {}", file, e);
            throw new DomainException("Protokollet kunde inte sparas i " + file + ". Kontrollera att mappen finns, "
                    + "att du har skrivrätt där och att filen inte är öppen i ett annat program. Försök sedan igen.");
        } finally {
            if (!done) {
                deleteQuietly(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Den ofullständiga filen {} kunde inte tas bort", file, e);
        }
    }
}
