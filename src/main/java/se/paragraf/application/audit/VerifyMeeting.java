package se.paragraf.application.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.CurrentUser;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.ParagraphAdjustment;
import se.paragraf.domain.audit.AuditChain;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.audit.RecordDifferences;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.domain.audit.SealedRecord;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.StoredFile;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: prove a meeting's record (ADR 0018). For each sealed record it checks that the record
 * is intact, that it links into the archive's chain of records, that the audit entry it anchors
 * is still in the meeting's trail, and — the point of it all — that today's rows give the same
 * canonical form, naming every difference (meeting, §, field). It also checks the audit chain,
 * that a justerat protocol, an omedelbar justering and a rättelse each have their record, and,
 * given a file, that the file is a registered document of this meeting and carries its seal.
 */
public final class VerifyMeeting {
    private final UnitOfWork unitOfWork;
    private final CurrentUser user;
    private final Clock clock;
    private final SealStampReader stamps;

    public VerifyMeeting(UnitOfWork unitOfWork, CurrentUser user, Clock clock, SealStampReader stamps) {
        this.unitOfWork = unitOfWork;
        this.user = user;
        this.clock = clock;
        this.stamps = stamps;
    }

    /**
     * Registers a document as the meeting's record and keeps its bytes in the archive. Only a PDF
     * that carries this meeting's newest seal is accepted, and only while the meeting's record
     * verifies.
     */
    public RegisteredDocument register(MeetingId meeting, RegisteredDocument.Kind kind, String fileName, byte[] bytes) {
        RegisteredDocument document = new RegisteredDocument(meeting.value(), kind, AuditEntry.sha256(bytes), fileName,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), user.name());
        unitOfWork.run(r -> {
            requireMeeting(r.meetings().findById(meeting).isPresent(), meeting);
            requireProtocolFile(r, meeting, fileName, bytes, true,
                    kind == RegisteredDocument.Kind.MINUTES || kind == RegisteredDocument.Kind.SIGNED_MINUTES);
            r.files().store(fileName, bytes);
            r.audit().register(document);
        });
        return document;
    }

    /**
     * Every § heading and att-sats of the protocol must stand in the file's text. Whitespace is
     * left out on both sides, so where the layout breaks a line does not matter.
     */
    private static void requirePrintedText(Repositories r, MeetingId meeting, String fileName, String text) {
        String printed = WHITESPACE.matcher(text).replaceAll("");
        for (Paragraph paragraph : r.paragraphs().findByMeeting(meeting)) {
            List<String> expected = new ArrayList<>();
            expected.add(paragraph.title());
            paragraph.decision().blocks().forEach(b -> b.clauses().forEach(c -> expected.add(c.text())));
            for (String words : expected) {
                if (!printed.contains(WHITESPACE.matcher(words).replaceAll(""))) {
                    throw new DomainException(fileName + " visar inte § " + paragraph.number() + " som den står i "
                            + "arkivet (saknar \"" + words + "\"): filens text har ändrats efter utskriften. "
                            + "Skriv ut protokollet på nytt.");
                }
            }
        }
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The newest registered document of {@code kind} with the bytes the archive kept of it. */
    public Optional<KeptDocument> kept(MeetingId meeting, RegisteredDocument.Kind kind) {
        return unitOfWork.transaction(r -> {
            List<RegisteredDocument> documents = r.audit().documents(meeting.value());
            for (int i = documents.size() - 1; i >= 0; i--) {
                RegisteredDocument d = documents.get(i);
                if (d.kind() == kind) {
                    Optional<byte[]> bytes = r.files().content(new StoredFile(d.fileName(), d.sha256()));
                    if (bytes.isPresent()) {
                        return Optional.of(new KeptDocument(d, bytes.get()));
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** A registered document and the bytes kept of it. */
    public record KeptDocument(RegisteredDocument document, byte[] bytes) {
    }

    /**
     * Refuses a file that is not this meeting's protocol as the archive holds it: no stamp in it,
     * another meeting's stamp, content from before a change, or a meeting whose rows no longer
     * match its sealed record. {@code mustBeSealed}: the protocol must also be justerat;
     * {@code wholeProtocol}: the file is the minutes, so its text must show every § as the archive
     * holds it (a stamp copied into an edited file is not enough).
     */
    public void requireProtocolFile(Repositories r, MeetingId meeting, String fileName, byte[] bytes,
                                    boolean mustBeSealed, boolean wholeProtocol) {
        SealStamp stamp = stamps.read(bytes).orElseThrow(() -> new DomainException(fileName + " är inte ett "
                + "protokoll skrivet av Paragraf (filen saknar förseglingen i sina metadata) och kan inte "
                + "registreras eller signeras för sammanträde " + meeting + "."));
        if (stamp.meeting() != meeting.value()) {
            throw new DomainException(fileName + " är protokollet för sammanträde " + stamp.meeting()
                    + ", inte för sammanträde " + meeting + ". Välj rätt fil eller rätt sammanträde.");
        }
        List<String> problems = problems(r, meeting);
        if (!problems.isEmpty()) {
            throw new DomainException("Sammanträde " + meeting + " stämmer inte med sin förseglade post, så inget "
                    + "dokument kan registreras eller signeras för det: " + problems.get(0));
        }
        // As it stood at the seal it names: a file printed (or signed) before a later anslag or rättelse
        // is still this protocol; any change of the protocol's own rows is not.
        if (!ProtocolContent.shows(r, meeting, stamp)) {
            throw new DomainException(fileName + " visar inte protokollet för sammanträde " + meeting + " som det "
                    + "står i arkivet: filen skrevs före en ändring eller har ändrats. Skriv ut protokollet på nytt.");
        }
        if (wholeProtocol) {
            requirePrintedText(r, meeting, fileName, stamps.text(bytes));
        }
        if (mustBeSealed && SealRecords.newest(r, meeting, SealedRecord.Kind.PROTOCOL).isEmpty()) {
            throw new DomainException("Protokollet för sammanträde " + meeting + " är inte justerat än, så "
                    + fileName + " kan inte registreras som det justerade protokollet.");
        }
    }

    /** Checks the trail and the records; with {@code file} (else null) also that it is a registered document. */
    public Verification verify(MeetingId meeting, String fileName, byte[] file) {
        return unitOfWork.transaction(r -> {
            List<AuditEntry> entries = r.audit().entries(meeting.value());
            requireMeeting(!entries.isEmpty() || r.meetings().findById(meeting).isPresent()
                    || !r.seals().findByMeeting(meeting.value()).isEmpty(), meeting);
            List<String> problems = new ArrayList<>(problems(r, meeting));
            RegisteredDocument matched = null;
            if (file != null) {
                matched = checkFile(r, meeting, fileName, file, problems);
            }
            return new Verification(entries.size(), problems, matched);
        });
    }

    /** Everything wrong with the meeting's trail and records, in Swedish; empty when all holds. */
    List<String> problems(Repositories r, MeetingId meeting) {
        Set<String> seals = new HashSet<>();
        r.seals().links().forEach(l -> seals.add(l.seal()));
        return problems(r, meeting, seals);
    }

    /** {@code seals}: every seal in the archive, read once for a check of many meetings. */
    List<String> problems(Repositories r, MeetingId meeting, Set<String> seals) {
        List<AuditEntry> entries = r.audit().entries(meeting.value());
        List<String> problems = new ArrayList<>(AuditChain.problems(entries));
        List<SealedRecord> records = r.seals().findByMeeting(meeting.value());
        Set<String> entryHashes = new HashSet<>();
        entries.forEach(e -> entryHashes.add(e.hash()));
        SealedRecord lastLifecycle = null;
        for (SealedRecord record : records) {
            String name = describe(record);
            if (!record.isIntact()) {
                problems.add(name + " har ändrats efter förseglingen: dess kontrollsumma stämmer inte.");
                continue;
            }
            if (!record.previousSeal().equals(AuditEntry.GENESIS) && !seals.contains(record.previousSeal())) {
                problems.add(name + " pekar på en förseglad post som inte längre finns: en post har tagits bort.");
            }
            if (!record.auditHead().equals(AuditEntry.GENESIS) && !entryHashes.contains(record.auditHead())) {
                problems.add(name + " pekar på en post i granskningsloggen som inte längre finns: loggen har "
                        + "kortats eller bytts ut.");
            }
            if (record.kind() == SealedRecord.Kind.LIFECYCLE) {
                lastLifecycle = record;
                continue;
            }
            try {
                if (record.kind() == SealedRecord.Kind.PROTOCOL
                        && Canonical.json(ProtocolContent.protocol(r, meeting, null)).equals(record.canonical())) {
                    // The common case, without reading the sealed text back: nothing has changed.
                    continue;
                }
                compare(name, record, current(r, record), problems);
            } catch (DomainException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        if (lastLifecycle != null) {
            SealedRecord newestStep = lastLifecycle;
            compare(describe(newestStep), newestStep, r.lifecycles().find(meeting)
                    .map(l -> ProtocolContent.lifecycle(l, (String) ((Map<?, ?>) Canonical.parse(
                            newestStep.canonical())).get("protocol"))).orElse(null), problems);
        }
        problems.addAll(missingRecords(r, meeting, records));
        problems.addAll(keptDocuments(r, meeting));
        records.stream().filter(s -> s.kind() == SealedRecord.Kind.PROTOCOL).findFirst()
                .ifPresent(protocol -> problems.addAll(changesAfter(protocol, entries)));
        return problems;
    }

    /** What the protocol's own rows hold: after justering the trail may record no change of them. */
    private static final Set<String> PROTOCOL_TABLES = Set.of("meeting", "paragraph", "attendance", "agenda",
            "protocol_import", "paragraph_adjustment");

    /**
     * Entries after the justering that say a row of the protocol changed: the database refuses such
     * writes, so an entry like that was written around it, or forged.
     */
    private static List<String> changesAfter(SealedRecord protocol, List<AuditEntry> entries) {
        List<String> problems = new ArrayList<>();
        boolean after = protocol.auditHead().equals(AuditEntry.GENESIS);
        for (AuditEntry e : entries) {
            if (after && PROTOCOL_TABLES.contains(e.table())) {
                problems.add("Granskningsloggen visar en ändring av det justerade protokollet efter justeringen: post "
                        + e.sequence() + " (" + e.operation() + " " + e.rowKey() + ", " + e.recordedAt() + " av "
                        + e.user() + ").");
            }
            if (e.hash().equals(protocol.auditHead())) {
                after = true;
            }
        }
        return problems;
    }

    private static void compare(String name, SealedRecord record, Object current, List<String> problems) {
        Object sealed = Canonical.parse(record.canonical());
        Object now = Canonical.tree(current);
        for (String difference : RecordDifferences.between(sealed, now)) {
            problems.add(name + " stämmer inte med dagens rader: " + difference);
        }
    }

    /** The content that today's rows give for a record, read the same way as at sealing. */
    private static Object current(Repositories r, SealedRecord record) {
        Map<?, ?> sealed = (Map<?, ?>) Canonical.parse(record.canonical());
        MeetingId meeting = new MeetingId(record.meeting());
        return switch (record.kind()) {
            case PROTOCOL -> {
                Object signed = sealed.get("signatures");
                yield ProtocolContent.protocol(r, meeting, signed instanceof List<?> l ? l.size() : 0);
            }
            case PARAGRAPH -> {
                Map<?, ?> paragraph = (Map<?, ?>) sealed.get("paragraph");
                long id = (Long) ((Map<?, ?>) paragraph.get("id")).get("value");
                yield r.paragraphs().findById(new ParagraphId(id)).isPresent()
                        ? ProtocolContent.paragraph(r, new ParagraphId(id)) : null;
            }
            case CORRECTION -> {
                long id = (Long) ((Map<?, ?>) ((Map<?, ?>) sealed.get("correction")).get("id")).get("value");
                Optional<Correction> correction = r.corrections().findByMeeting(meeting).stream()
                        .filter(c -> c.id().value() == id).findFirst();
                yield correction.map(c -> ProtocolContent.correction(c, (String) sealed.get("corrects"))).orElse(null);
            }
            case LIFECYCLE -> throw new IllegalStateException("compared with the lifecycle of today");
        };
    }

    /** The registered documents whose bytes the archive keeps must still be those bytes. */
    private static List<String> keptDocuments(Repositories r, MeetingId meeting) {
        List<String> problems = new ArrayList<>();
        for (RegisteredDocument d : r.audit().documents(meeting.value())) {
            r.files().content(new StoredFile(d.fileName(), d.sha256()))
                    .filter(bytes -> !AuditEntry.sha256(bytes).equals(d.sha256()))
                    .ifPresent(bytes -> problems.add("Det registrerade dokumentet " + d.fileName() + " ("
                            + d.recordedAt() + ") har ändrats i arkivet: dess innehåll stämmer inte med den "
                            + "registrerade kontrollsumman."));
        }
        return problems;
    }

    private static List<String> missingRecords(Repositories r, MeetingId meeting, List<SealedRecord> records) {
        List<String> problems = new ArrayList<>();
        Optional<MinutesLifecycle> lifecycle = r.lifecycles().find(meeting);
        if (lifecycle.filter(MinutesLifecycle::isLocked).isPresent()
                && records.stream().noneMatch(s -> s.kind() == SealedRecord.Kind.PROTOCOL)) {
            problems.add("Protokollet är justerat " + lifecycle.get().adjustedOn() + " men har ingen förseglad post: "
                    + "posten har tagits bort, eller justeringen har skrivits in i databasen utanför Paragraf.");
        }
        for (ParagraphAdjustment adjusted : r.paragraphAdjustments().findByMeeting(meeting)) {
            if (records.stream().noneMatch(s -> s.kind() == SealedRecord.Kind.PARAGRAPH
                    && s.subject().endsWith("(id " + adjusted.paragraph().value() + ")"))) {
                problems.add("Paragrafen med id " + adjusted.paragraph().value() + " är omedelbart justerad "
                        + adjusted.adjustedOn() + " men har ingen förseglad post.");
            }
        }
        for (Correction correction : r.corrections().findByMeeting(meeting)) {
            if (records.stream().noneMatch(s -> s.kind() == SealedRecord.Kind.CORRECTION
                    && s.subject().equals("rättelse " + correction.id().value()))) {
                problems.add("Rättelsen " + correction.madeAt().toLocalDate() + " (" + correction.reason()
                        + ") har ingen förseglad post.");
            }
        }
        return problems;
    }

    private RegisteredDocument checkFile(Repositories r, MeetingId meeting, String fileName, byte[] file,
                                         List<String> problems) {
        String hash = AuditEntry.sha256(file);
        RegisteredDocument matched = r.audit().findDocument(meeting.value(), hash).orElse(null);
        if (matched == null) {
            List<RegisteredDocument> registered = r.audit().documents(meeting.value());
            problems.add(registered.isEmpty()
                    ? "Inget protokoll är registrerat för sammanträde " + meeting + ", så " + fileName
                            + " kan inte kontrolleras. Registrera det justerade protokollet först."
                    : fileName + " stämmer inte med något registrerat dokument för sammanträde " + meeting
                            + " (SHA-256 " + hash + "): filen har ändrats eller hör till ett annat sammanträde.");
        }
        stamps.read(file).ifPresent(stamp -> {
            if (stamp.meeting() != meeting.value()) {
                problems.add(fileName + " är förseglad för sammanträde " + stamp.meeting() + ", inte för "
                        + "sammanträde " + meeting + ".");
            } else if (stamp.seal() != null && r.seals().findByMeeting(meeting.value()).stream()
                    .noneMatch(s -> s.seal().equals(stamp.seal()))) {
                problems.add(fileName + " bär förseglingen " + stamp.seal() + ", som inte finns i arkivet: arkivets "
                        + "förseglade poster har bytts ut eller tagits bort.");
            } else if (!ProtocolContent.shows(r, meeting, stamp)) {
                // A file printed before a later anslag or rättelse still shows the record as it stood then.
                problems.add(fileName + " visar en annan version av protokollet än den som står i arkivet.");
            }
        });
        return matched;
    }

    static String describe(SealedRecord record) {
        String what = switch (record.kind()) {
            case PROTOCOL -> "protokollet";
            case PARAGRAPH -> record.subject() + ", omedelbart justerad";
            case CORRECTION -> record.subject();
            case LIFECYCLE -> "protokollets väg (" + record.subject() + ")";
        };
        return "Sammanträde " + record.meeting() + ", förseglad post " + record.id() + " (" + what + ", "
                + record.sealedAt().toLocalDate() + " av " + record.sealedBy() + ")";
    }

    private static void requireMeeting(boolean exists, MeetingId meeting) {
        if (!exists) {
            throw new DomainException("Sammanträde " + meeting + " finns inte i arkivet. Se paragraf meeting list.");
        }
    }
}
