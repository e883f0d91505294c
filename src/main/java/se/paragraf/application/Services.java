package se.paragraf.application;

import se.paragraf.application.archive.DescribeArchive;
import se.paragraf.application.archive.ListMeetings;
import se.paragraf.application.bench.SyntheticArchive;
import se.paragraf.application.demo.CreateDemoArchive;
import se.paragraf.application.importing.ImportFolder;
import se.paragraf.application.importing.ImportProtocol;
import se.paragraf.application.importing.ParseProtocol;
import se.paragraf.application.importing.PreviewImport;
import se.paragraf.application.meeting.ShowMeeting;
import se.paragraf.application.meeting.ShowParagraph;
import se.paragraf.application.search.ExportSearchResults;
import se.paragraf.application.search.LookupCase;
import se.paragraf.application.search.RebuildIndex;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.application.search.SearchParagraphs;

/** The use cases the UI and the CLI may call; wired once by the composition root in {@code app}. */
public record Services(ListMeetings listMeetings, DescribeArchive describeArchive, CreateDemoArchive createDemoArchive,
                       ShowMeeting showMeeting, ShowParagraph showParagraph,
                       SearchParagraphs searchParagraphs, LookupCase lookupCase, SaveParagraph saveParagraph,
                       RebuildIndex rebuildIndex, ExportSearchResults exportSearchResults,
                       SyntheticArchive syntheticArchive, ParseProtocol parseProtocol, PreviewImport previewImport,
                       ImportProtocol importProtocol, ImportFolder importFolder) {
}
