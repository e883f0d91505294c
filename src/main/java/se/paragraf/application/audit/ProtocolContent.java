package se.paragraf.application.audit;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.paragraf.application.Repositories;
import se.paragraf.application.meeting.ExportMeeting;
import se.paragraf.application.meeting.MeetingDetails;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.adjustment.StatutoryTime;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.audit.SealedRecord;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;

/**
 * What a sealed record holds, read from today's rows (ADR 0018): the same reading seals at
 * justering and is repeated by {@code verify}, so that any difference is a change. The protocol is
 * everything it prints or holds — the meeting, the board, attendance and officers, the agenda,
 * every § with all it holds, every member named, the bytes of each bilaga by their SHA-256, the
 * kept import source, the delegation report, the signatures and the omedelbara justeringar.
 */
public final class ProtocolContent {
    private ProtocolContent() {
    }

    /**
     * The whole protocol. {@code signatures} is how many signatures (oldest first) belong to it:
     * null at sealing (all of them), the sealed count when verifying, since digital signatures of
     * the justerat file are added later.
     */
    public static Map<String, Object> protocol(Repositories r, MeetingId id, Integer signatures) {
        Meeting meeting = meeting(r, id);
        Board board = board(r, meeting);
        List<Paragraph> paragraphs = r.paragraphs().findByMeeting(id);
        Attendance attendance = r.attendance().findByMeeting(id).orElse(Attendance.empty(id));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("meeting", meeting);
        content.put("board", board);
        content.put("attendance", attendance);
        content.put("agenda", r.agendas().findByMeeting(id).orElse(Agenda.empty(id)));
        content.put("paragraphs", paragraphs);
        content.put("members", (ExportMeeting.referredMembers(r,
                new MeetingDetails(meeting, board, paragraphs), attendance)));
        content.put("files", files(r, paragraphs));
        content.put("importSource", r.imports().findByMeeting(id).map(i -> Map.of("checksum", i.checksum(),
                "fileName", i.fileName(), "sourceText", AuditEntry.sha256(i.sourceText()), "warnings", i.warnings()))
                .orElse(null));
        content.put("delegatedDecisions", r.delegation().decisionsIn(id));
        var signed = r.signatures().findByMeeting(id);
        content.put("signatures", signatures == null ? signed : signed.subList(0, Math.min(signatures, signed.size())));
        content.put("immediateAdjustments", r.paragraphAdjustments().findByMeeting(id));
        content.put("adjustedOn", r.lifecycles().find(id).map(MinutesLifecycle::adjustedOn).orElse(null));
        return content;
    }

    /**
     * What the protocol prints, without the facts of its justering (signatures, the day, the
     * omedelbara justeringar), so that the file signed before justering and the one printed after
     * it carry the same content: the hash in a file's {@link SealStamp}. It holds what the minutes
     * and extracts print after the justering too: the recorded anslag (days and place, as in "Bevis
     * om anslag") and every rättelse, each of which is sealed in its own record when it is made.
     */
    public static Map<String, Object> printed(Repositories r, MeetingId id) {
        Map<String, Object> tree = justerat(r, id);
        NoticeFacts.recorded(r.lifecycles().find(id).orElse(null))
                .ifPresent(n -> tree.put("notice", notice(n.postedOn(), n.takeDownOn(), n.keptAt())));
        putCorrections(tree, r.corrections().findByMeeting(id));
        return tree;
    }

    /**
     * What a file stamped with {@code seal} printed, if the archive still holds what it held then:
     * today's protocol with the anslag and the rättelser as they were recorded up to that seal (the
     * anslag from the sealed record of that step, since the lifecycle row holds only today's). A file
     * printed before an anslag or a rättelse so still verifies; it is only not the newest print.
     * {@code seal} null: a file printed before any record, i.e. before justering.
     */
    public static Map<String, Object> printedAsOf(Repositories r, MeetingId id, String seal) {
        List<SealedRecord> records = r.seals().findByMeeting(id.value());
        int upTo = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).seal().equals(seal)) {
                upTo = i;
            }
        }
        if (seal != null && (upTo < 0 || upTo == records.size() - 1)) {
            // The newest record (or one no longer in the archive, which verify names itself): today's rows.
            return printed(r, id);
        }
        Map<String, Object> tree = justerat(r, id);
        Set<Long> corrections = new HashSet<>();
        Map<?, ?> lifecycle = null;
        for (int i = 0; i <= upTo; i++) {
            SealedRecord record = records.get(i);
            if (record.kind() == SealedRecord.Kind.CORRECTION && record.subject().startsWith(CORRECTION_SUBJECT)) {
                corrections.add(Long.parseLong(record.subject().substring(CORRECTION_SUBJECT.length()).strip()));
            } else if (record.kind() == SealedRecord.Kind.LIFECYCLE
                    && Canonical.parse(record.canonical()) instanceof Map<?, ?> content
                    && content.get("lifecycle") instanceof Map<?, ?> facts) {
                lifecycle = facts;
            }
        }
        if (lifecycle != null && lifecycle.get("postedOn") instanceof String posted) {
            tree.put("notice", notice(LocalDate.parse(posted), LocalDate.parse((String) lifecycle.get("takeDownOn")),
                    (String) lifecycle.get("keptAt")));
        }
        putCorrections(tree, r.corrections().findByMeeting(id).stream()
                .filter(c -> corrections.contains(c.id().value())).toList());
        return tree;
    }

    /**
     * Whether a file with {@code stamp} shows this protocol as the archive holds it: its content is
     * the protocol as printed at the seal it names ({@link #printedAsOf}), or — for a file written by
     * a Paragraf from before the anslag and the rättelser were part of the printed content — the
     * protocol alone. The latter equals the former whenever no anslag or rättelse was recorded, so a
     * file written now that prints them never matches on it.
     */
    public static boolean shows(Repositories r, MeetingId id, SealStamp stamp) {
        return stamp.content().equals(Canonical.sha256(printedAsOf(r, id, stamp.seal())))
                || stamp.content().equals(Canonical.sha256(justerat(r, id)));
    }

    /** The protocol alone, as the stamps of earlier versions hashed it. */
    static Map<String, Object> printedBefore(Repositories r, MeetingId id) {
        return justerat(r, id);
    }

    /** The subject of a rättelse's sealed record, before its id. */
    static final String CORRECTION_SUBJECT = "rättelse ";

    private static Map<String, Object> notice(LocalDate posted, LocalDate takeDown, String keptAt) {
        NoticeFacts facts = new NoticeFacts(posted, takeDown, StatutoryTime.lastDayOfAppeal(posted), keptAt, true);
        Map<String, Object> notice = new TreeMap<>();
        notice.put("postedOn", facts.postedOn().toString());
        notice.put("takeDownOn", facts.takeDownOn().toString());
        notice.put("lastDayOfAppeal", facts.lastDayOfAppeal().toString());
        if (facts.keptAt() != null) {
            notice.put("keptAt", facts.keptAt());
        }
        return notice;
    }

    private static void putCorrections(Map<String, Object> tree, List<Correction> corrections) {
        Object printed = Canonical.tree(corrections);
        if (printed != null) {
            tree.put("corrections", printed);
        }
    }

    /** The protocol as justerat, without the facts of the justering itself. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> justerat(Repositories r, MeetingId id) {
        Map<String, Object> tree = (Map<String, Object>) Canonical.tree(protocol(r, id, 0));
        tree.remove("signatures");
        tree.remove("adjustedOn");
        tree.remove("immediateAdjustments");
        if (tree.get("attendance") instanceof Map<?, ?> attendance
                && attendance.get("officers") instanceof Map<?, ?> officers) {
            officers.remove("adjustedOn");
        }
        if (tree.get("delegatedDecisions") instanceof List<?> decisions) {
            decisions.forEach(d -> ((Map<?, ?>) d).remove("reportedOn"));
        }
        return tree;
    }

    /** The stamp a file of the meeting written now carries. */
    public static SealStamp stamp(Repositories r, MeetingId id) {
        return new SealStamp(id.value(), Canonical.sha256(printed(r, id)),
                SealRecords.newest(r, id).map(se.paragraf.domain.audit.SealedRecord::seal).orElse(null),
                r.audit().head(id.value()));
    }

    /** One § at omedelbar justering, with the meeting and everyone it names. */
    public static Map<String, Object> paragraph(Repositories r, ParagraphId id) {
        Paragraph paragraph = r.paragraphs().findById(id)
                .orElseThrow(() -> new DomainException("Paragrafen finns inte längre i arkivet."));
        Meeting meeting = meeting(r, paragraph.meeting());
        Board board = board(r, meeting);
        Attendance attendance = r.attendance().findByMeeting(meeting.id()).orElse(Attendance.empty(meeting.id()));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("meeting", meeting);
        content.put("board", board);
        content.put("attendance", attendance);
        content.put("paragraph", paragraph);
        content.put("members", (ExportMeeting.referredMembers(r,
                new MeetingDetails(meeting, board, List.of(paragraph)), attendance)));
        content.put("files", files(r, List.of(paragraph)));
        content.put("adjustment", r.paragraphAdjustments().find(id).orElse(null));
        return content;
    }

    /** A rättelse, with the seal of the record it corrects. */
    public static Map<String, Object> correction(Correction correction, String corrects) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("correction", correction);
        content.put("corrects", corrects);
        return content;
    }

    /** A step of the lifecycle after justering, with the seal of the protocol record. */
    public static Map<String, Object> lifecycle(MinutesLifecycle lifecycle, String protocolSeal) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("lifecycle", lifecycle.facts());
        content.put("protocol", protocolSeal);
        return content;
    }

    private static Map<String, String> files(Repositories r, List<Paragraph> paragraphs) {
        Map<String, String> files = new TreeMap<>();
        for (Paragraph p : paragraphs) {
            for (Attachment a : p.attachments()) {
                if (a.file() != null && !files.containsKey(a.file().contentHash())) {
                    files.put(a.file().contentHash(), r.files().content(a.file()).map(AuditEntry::sha256)
                            .orElse("saknas"));
                }
            }
        }
        return files;
    }

    private static Meeting meeting(Repositories r, MeetingId id) {
        return r.meetings().findById(id)
                .orElseThrow(() -> new DomainException("Sammanträde " + id + " finns inte i arkivet."));
    }

    private static Board board(Repositories r, Meeting meeting) {
        return r.boards().findById(meeting.board())
                .orElseThrow(() -> new DomainException("Organet som sammanträde " + meeting.id()
                        + " hör till finns inte i arkivet."));
    }
}
