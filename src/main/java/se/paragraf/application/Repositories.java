package se.paragraf.application;

import se.paragraf.application.importing.ImportLog;
import se.paragraf.domain.adjustment.AdjustmentSignatureRepository;
import se.paragraf.domain.adjustment.CorrectionRepository;
import se.paragraf.domain.adjustment.DispatchRepository;
import se.paragraf.domain.audit.AuditLog;
import se.paragraf.domain.audit.SealedRecordRepository;
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

/** The repositories of one transaction: every one of them sees and writes the same transaction. */
public interface Repositories {
    BoardRepository boards();

    MemberRepository members();

    MeetingRepository meetings();

    MatterRepository matters();

    ParagraphRepository paragraphs();

    ImportLog imports();

    AttendanceRepository attendance();

    AgendaRepository agendas();

    PhraseLibraryRepository phrases();

    StoredFileRepository files();

    DelegationRepository delegation();

    MinutesLifecycleRepository lifecycles();

    ParagraphAdjustmentRepository paragraphAdjustments();

    CorrectionRepository corrections();

    AuditLog audit();

    AdjustmentSignatureRepository signatures();

    DispatchRepository dispatches();

    PlanRepository plans();

    AssignmentRepository assignments();

    GoalLinkRepository goalLinks();

    SealedRecordRepository seals();
}
