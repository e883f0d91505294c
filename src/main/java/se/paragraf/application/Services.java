package se.paragraf.application;

import se.paragraf.application.delegation.CompileDelegationReport;
import se.paragraf.application.delegation.ImportDelegatedDecisions;
import se.paragraf.application.delegation.ManageDelegation;
import se.paragraf.application.delegation.MarkDelegatedDecisionsReported;
import se.paragraf.application.delegation.PrintDelegationScheme;
import se.paragraf.application.delegation.RegisterDelegatedDecisions;
import se.paragraf.application.archive.DescribeArchive;
import se.paragraf.application.archive.ListMeetings;
import se.paragraf.application.bench.SyntheticArchive;
import se.paragraf.application.demo.CreateDemoArchive;
import se.paragraf.application.document.RenderMinutes;
import se.paragraf.application.importing.ImportFolder;
import se.paragraf.application.importing.ImportProtocol;
import se.paragraf.application.importing.ParseProtocol;
import se.paragraf.application.importing.PreviewImport;
import se.paragraf.application.adjustment.AdjustMinutes;
import se.paragraf.application.adjustment.AdjustParagraph;
import se.paragraf.application.adjustment.CorrectMinutes;
import se.paragraf.application.adjustment.DispatchExtracts;
import se.paragraf.application.adjustment.PostNotice;
import se.paragraf.application.adjustment.SignMinutes;
import se.paragraf.application.agenda.EditAgenda;
import se.paragraf.application.audit.VerifyArchive;
import se.paragraf.application.audit.VerifyMeeting;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.application.editing.AttachFile;
import se.paragraf.application.editing.EditParagraph;
import se.paragraf.application.editing.EditPhraseLibrary;
import se.paragraf.application.editing.NumberAttachments;
import se.paragraf.application.meeting.PlanMeeting;
import se.paragraf.application.meeting.ExportMeeting;
import se.paragraf.application.meeting.RecordAttendance;
import se.paragraf.application.meeting.ShowMeeting;
import se.paragraf.application.meeting.ValidateMeeting;
import se.paragraf.application.meeting.ShowParagraph;
import se.paragraf.application.search.ExportSearchResults;
import se.paragraf.application.search.LookupCase;
import se.paragraf.application.search.RebuildIndex;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.application.search.SearchParagraphs;
import se.paragraf.application.plan.ManagePlans;
import se.paragraf.application.plan.LinkGoals;
import se.paragraf.application.plan.ReportFollowUp;
import se.paragraf.application.assignment.ManageAssignments;
import se.paragraf.application.assignment.ScheduleReportBack;

/** The use cases the UI and the CLI may call; wired once by the composition root in {@code app}. */
public record Services(ListMeetings listMeetings, DescribeArchive describeArchive, CreateDemoArchive createDemoArchive,
                       ShowMeeting showMeeting, ShowParagraph showParagraph,
                       SearchParagraphs searchParagraphs, LookupCase lookupCase, SaveParagraph saveParagraph,
                       RebuildIndex rebuildIndex, ExportSearchResults exportSearchResults,
                       SyntheticArchive syntheticArchive, ParseProtocol parseProtocol, PreviewImport previewImport,
                       ImportProtocol importProtocol, ImportFolder importFolder,
                       EditParagraph editParagraph, EditAgenda editAgenda, RecordAttendance recordAttendance,
                       ValidateMeeting validateMeeting, ExportMeeting exportMeeting, ManageBoards manageBoards,
                       PlanMeeting planMeeting, EditPhraseLibrary editPhraseLibrary, AttachFile attachFile,
                       NumberAttachments numberAttachments,
                       ManageDelegation manageDelegation, RegisterDelegatedDecisions registerDelegatedDecisions,
                       ImportDelegatedDecisions importDelegatedDecisions, CompileDelegationReport compileDelegationReport,
                       MarkDelegatedDecisionsReported markDelegatedDecisionsReported,
                       PrintDelegationScheme printDelegationScheme, RenderMinutes renderMinutes,
                       AdjustMinutes adjustMinutes, AdjustParagraph adjustParagraph, CorrectMinutes correctMinutes,
                       VerifyMeeting verifyMeeting, VerifyArchive verifyArchive, PostNotice postNotice, SignMinutes signMinutes,
                       DispatchExtracts dispatchExtracts, ManagePlans managePlans,
                       ManageAssignments manageAssignments, ScheduleReportBack scheduleReportBack,
                       LinkGoals linkGoals, ReportFollowUp reportFollowUp) {
}
