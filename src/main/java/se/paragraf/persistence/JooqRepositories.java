package se.paragraf.persistence;

import org.jooq.DSLContext;
import se.paragraf.application.CurrentUser;
import se.paragraf.domain.audit.SealedRecordRepository;
import se.paragraf.application.Repositories;
import se.paragraf.application.importing.ImportLog;
import se.paragraf.domain.adjustment.AdjustmentSignatureRepository;
import se.paragraf.domain.adjustment.CorrectionRepository;
import se.paragraf.domain.adjustment.DispatchRepository;
import se.paragraf.domain.audit.AuditLog;
import se.paragraf.domain.adjustment.MinutesLifecycleRepository;
import se.paragraf.domain.adjustment.ParagraphAdjustmentRepository;
import se.paragraf.domain.agenda.AgendaRepository;
import se.paragraf.domain.board.BoardRepository;
import se.paragraf.domain.delegation.DelegationRepository;
import se.paragraf.domain.board.MemberRepository;
import se.paragraf.domain.matter.MatterRepository;
import se.paragraf.domain.meeting.AttendanceRepository;
import se.paragraf.domain.meeting.MeetingRepository;
import se.paragraf.domain.paragraph.ParagraphRepository;
import se.paragraf.domain.paragraph.StoredFileRepository;
import se.paragraf.domain.phrase.PhraseLibraryRepository;
import se.paragraf.domain.assignment.AssignmentRepository;
import se.paragraf.domain.plan.GoalLinkRepository;
import se.paragraf.domain.plan.PlanRepository;

/** The repositories of one transaction, all bound to its {@code DSLContext}. */
final class JooqRepositories implements Repositories {
    private final BoardRepository boards;
    private final MemberRepository members;
    private final MeetingRepository meetings;
    private final MatterRepository matters;
    private final ParagraphRepository paragraphs;
    private final ImportLog imports;
    private final AttendanceRepository attendance;
    private final AgendaRepository agendas;
    private final PhraseLibraryRepository phrases;
    private final StoredFileRepository files;
    private final DelegationRepository delegation;
    private final MinutesLifecycleRepository lifecycles;
    private final ParagraphAdjustmentRepository paragraphAdjustments;
    private final CorrectionRepository corrections;
    private final AuditLog audit;
    private final AdjustmentSignatureRepository signatures;
    private final DispatchRepository dispatches;
    private final PlanRepository plans;
    private final AssignmentRepository assignments;
    private final GoalLinkRepository goalLinks;
    private final SealedRecordRepository seals;

    JooqRepositories(DSLContext dsl) {
        AuditRecorder recorder = new AuditRecorder(dsl, CurrentUser.os());
        this.seals = new JooqSealedRecordRepository(dsl, recorder);
        this.boards = new JooqBoardRepository(dsl);
        this.members = new JooqMemberRepository(dsl);
        this.meetings = new JooqMeetingRepository(dsl, recorder);
        this.matters = new JooqMatterRepository(dsl);
        this.paragraphs = new JooqParagraphRepository(dsl, recorder);
        this.imports = new JooqImportLog(dsl, recorder);
        this.attendance = new JooqAttendanceRepository(dsl, recorder);
        this.agendas = new JooqAgendaRepository(dsl, recorder);
        this.phrases = new JooqPhraseLibraryRepository(dsl);
        this.files = new JooqStoredFileRepository(dsl);
        this.delegation = new JooqDelegationRepository(dsl);
        this.lifecycles = new JooqMinutesLifecycleRepository(dsl, recorder);
        this.paragraphAdjustments = new JooqParagraphAdjustmentRepository(dsl, recorder);
        this.corrections = new JooqCorrectionRepository(dsl, recorder);
        this.audit = new JooqAuditLog(dsl, recorder);
        this.signatures = new JooqAdjustmentSignatureRepository(dsl, recorder);
        this.dispatches = new JooqDispatchRepository(dsl, recorder);
        this.plans = new JooqPlanRepository(dsl);
        this.assignments = new JooqAssignmentRepository(dsl);
        this.goalLinks = new JooqGoalLinkRepository(dsl);
    }

    @Override
    public BoardRepository boards() {
        return boards;
    }

    @Override
    public MemberRepository members() {
        return members;
    }

    @Override
    public MeetingRepository meetings() {
        return meetings;
    }

    @Override
    public MatterRepository matters() {
        return matters;
    }

    @Override
    public ParagraphRepository paragraphs() {
        return paragraphs;
    }

    @Override
    public ImportLog imports() {
        return imports;
    }

    @Override
    public AttendanceRepository attendance() {
        return attendance;
    }

    @Override
    public AgendaRepository agendas() {
        return agendas;
    }

    @Override
    public PhraseLibraryRepository phrases() {
        return phrases;
    }

    @Override
    public StoredFileRepository files() {
        return files;
    }

    @Override
    public DelegationRepository delegation() {
        return delegation;
    }

    @Override
    public MinutesLifecycleRepository lifecycles() {
        return lifecycles;
    }

    @Override
    public ParagraphAdjustmentRepository paragraphAdjustments() {
        return paragraphAdjustments;
    }

    @Override
    public CorrectionRepository corrections() {
        return corrections;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public AdjustmentSignatureRepository signatures() {
        return signatures;
    }

    @Override
    public DispatchRepository dispatches() {
        return dispatches;
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public AssignmentRepository assignments() {
        return assignments;
    }

    @Override
    public GoalLinkRepository goalLinks() {
        return goalLinks;
    }

    @Override
    public SealedRecordRepository seals() {
        return seals;
    }
}
