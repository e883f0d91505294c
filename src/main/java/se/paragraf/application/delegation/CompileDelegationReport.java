package se.paragraf.application.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.agenda.EditAgenda;
import se.paragraf.application.editing.AttachFile;
import se.paragraf.application.editing.EditParagraph;
import se.paragraf.application.editing.MinutesGuard;
import se.paragraf.application.editing.NumberAttachments;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegatedDecisionId;
import se.paragraf.domain.delegation.DelegationReport;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.SchemeHistory;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.StoredFile;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: the "Anmälan av delegationsbeslut" of a meeting (KL 6 kap. 40 §, seed protocol
 * § 133). {@link #preview} only reads; {@link #compile} puts the report on the agenda (once: it
 * finds its own item or § again by title), writes the § with one section per rule and delegate,
 * attaches each delegate's list as a PDF/A and numbers the bilagor. It also records which
 * decisions the report holds, so that {@link MarkDelegatedDecisionsReported} marks exactly those
 * at justering. Compiling again before justering brings the § up to date: decisions registered
 * since are taken in, those no longer due (changed to a later day, say) are let go.
 */
public final class CompileDelegationReport {
    private final UnitOfWork unitOfWork;
    private final EditAgenda editAgenda;
    private final EditParagraph editParagraph;
    private final AttachFile attachFile;
    private final NumberAttachments numberAttachments;
    private final DelegationListDocument lists;

    public CompileDelegationReport(UnitOfWork unitOfWork, EditAgenda editAgenda, EditParagraph editParagraph,
                                   AttachFile attachFile, NumberAttachments numberAttachments,
                                   DelegationListDocument lists) {
        this.unitOfWork = unitOfWork;
        this.editAgenda = editAgenda;
        this.editParagraph = editParagraph;
        this.attachFile = attachFile;
        this.numberAttachments = numberAttachments;
        this.lists = lists;
    }

    /**
     * What the report would hold now, without changing anything; for a justerat protocol the report
     * as it was justerat, the decisions it holds ({@link #frozen}), whatever was registered since.
     */
    public DelegationReport preview(MeetingId meeting) {
        return unitOfWork.transaction(r -> r.lifecycles().find(meeting).filter(MinutesLifecycle::isLocked).isPresent()
                ? frozen(r, meeting) : report(r, meeting));
    }

    /**
     * The report of a justerat protocol: exactly the decisions it held at justering (reported by
     * it), never recomputed from the register, so that a list imported later — even one dated before
     * the meeting — cannot change it. Those decisions wait for the next meeting's report.
     */
    private static DelegationReport frozen(Repositories r, MeetingId meetingId) {
        Meeting meeting = meeting(r, meetingId);
        List<DelegatedDecision> held = new ArrayList<>(r.delegation().decisionsIn(meetingId));
        held.sort(java.util.Comparator.comparing(DelegatedDecision::decidedOn).thenComparing(d -> d.id().value()));
        return new DelegationReport(meeting, held, List.of(), r.delegation().historyOf(meeting.board()));
    }

    public String boardName(MeetingId meeting) {
        return unitOfWork.transaction(r -> board(r, meeting(r, meeting)).name());
    }

    public CompiledReport compile(MeetingId meetingId) {
        record Claimed(DelegationReport report, String boardName) {
        }
        Claimed claimed = unitOfWork.transaction(r -> {
            MinutesGuard.requireNotAdjusted(r, meetingId);
            DelegationReport report = report(r, meetingId);
            Set<DelegatedDecisionId> keep = report.included().stream().map(DelegatedDecision::id).collect(Collectors.toSet());
            for (DelegatedDecision d : r.delegation().decisionsIn(meetingId)) {
                if (!d.isReported() && !keep.contains(d.id())) {
                    r.delegation().save(d.released());
                }
            }
            report.included().stream().filter(d -> !d.isPendingIn(meetingId))
                    .forEach(d -> r.delegation().save(d.includedIn(meetingId)));
            return new Claimed(DelegationReport.forMeeting(report.meeting(), r.delegation().decisionsOf(
                    report.meeting().board()), report.schemes()), board(r, report.meeting()).name());
        });
        DelegationReport report = claimed.report();
        List<Attachment> attachments = attachments(report, claimed.boardName());
        Optional<ParagraphId> paragraph = reportParagraph(meetingId, report);
        paragraph.ifPresent(id -> {
            Paragraph p = editParagraph.load(id).orElseThrow(() -> new DomainException("Paragrafen finns inte längre."));
            List<Attachment> kept = p.attachments().stream().filter(a -> !isOurs(a, claimed.boardName())).toList();
            List<Attachment> all = new ArrayList<>(kept);
            all.addAll(attachments);
            editParagraph.save(p.motivatedBy(ReportText.sections(report)).withAttachments(all));
            numberAttachments.number(meetingId).execute();
        });
        return new CompiledReport(report, paragraph.orElse(null), attachments);
    }

    /** The lists this use case attached before: replaced on every compile, other attachments kept. */
    private static boolean isOurs(Attachment a, String boardName) {
        return a.title().startsWith("Redovisning av beslut fattade på delegation från " + boardName + " till ");
    }

    private List<Attachment> attachments(DelegationReport report, String boardName) {
        List<Attachment> attachments = new ArrayList<>();
        for (Map.Entry<String, List<DelegatedDecision>> e : report.byDelegate().entrySet()) {
            DelegationList list = new DelegationList(boardName, e.getKey(), report.meeting().date(),
                    e.getValue().stream().map(d -> new DelegationList.Line(d, matterKind(report.schemes(), d))).toList());
            StoredFile file = attachFile.store(lists.fileName(list), lists.render(list));
            attachments.add(new Attachment(null, list.title() + " " + list.period(), file));
        }
        return attachments;
    }

    private static String matterKind(SchemeHistory schemes, DelegatedDecision d) {
        return schemes.ruleOn(d.ruleCode(), d.decidedOn()).map(DelegationRule::matterKind).orElse("");
    }

    /** The report's § (its agenda item's, or one titled so outside the agenda); adds the item when there is none. */
    private Optional<ParagraphId> reportParagraph(MeetingId meeting, DelegationReport report) {
        Optional<AgendaItem> item = ourItem(editAgenda.show(meeting));
        if (item.isEmpty()) {
            Optional<ParagraphId> outside = unitOfWork.transaction(r -> r.paragraphs().findByMeeting(meeting).stream()
                    .filter(p -> p.title().equals(DelegationReport.TITLE)).map(Paragraph::id).findFirst());
            if (outside.isPresent()) {
                return outside;
            }
            editAgenda.add(meeting, editAgenda.newMatter(null, DelegationReport.TITLE, ReportText.summary(report))).execute();
            item = ourItem(editAgenda.show(meeting));
        } else if (!item.get().isNumbered()) {
            AgendaItem updated = item.get().retitled(item.get().title(), ReportText.summary(report));
            editAgenda.change(meeting, "Uppdatera anmälan av delegationsbeslut", a -> a.replace(updated)).execute();
        }
        return item.filter(AgendaItem::isNumbered).map(AgendaItem::paragraph);
    }

    private static Optional<AgendaItem> ourItem(Agenda agenda) {
        return agenda.matters().stream().filter(i -> i.title().equals(DelegationReport.TITLE)).findFirst();
    }

    private static DelegationReport report(Repositories r, MeetingId meetingId) {
        Meeting meeting = meeting(r, meetingId);
        return DelegationReport.forMeeting(meeting, r.delegation().decisionsOf(meeting.board()),
                r.delegation().historyOf(meeting.board()));
    }

    private static Meeting meeting(Repositories r, MeetingId id) {
        return r.meetings().findById(id).orElseThrow(() -> new DomainException("Sammanträdet finns inte längre i arkivet."));
    }

    private static Board board(Repositories r, Meeting meeting) {
        return r.boards().findById(meeting.board())
                .orElseThrow(() -> new DomainException("Organet finns inte längre i arkivet."));
    }
}
