package se.paragraf.app;

import java.nio.file.Path;
import se.paragraf.application.ArchiveOpener;
import se.paragraf.application.ArchiveUnavailableException;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.archive.DescribeArchive;
import se.paragraf.application.archive.ListMeetings;
import se.paragraf.application.demo.CreateDemoArchive;
import se.paragraf.application.importing.ImportFolder;
import se.paragraf.application.importing.ImportProtocol;
import se.paragraf.application.importing.ParseProtocol;
import se.paragraf.application.importing.PreviewImport;
import se.paragraf.application.meeting.ShowMeeting;
import se.paragraf.application.meeting.ShowParagraph;
import se.paragraf.importing.PdfTextExtractor;
import se.paragraf.importing.TextProtocolReader;
import se.paragraf.persistence.Database;
import se.paragraf.persistence.DatabaseException;

/** The one place that wires persistence into the use cases, for the window and the CLI alike. */
public final class Composition implements ArchiveOpener {

    public static Services services(Database database) {
        UnitOfWork unitOfWork = database.unitOfWork();
        ParseProtocol parseProtocol = protocolParser();
        ImportProtocol importProtocol = new ImportProtocol(unitOfWork);
        return new Services(
                new ListMeetings(unitOfWork),
                new DescribeArchive(unitOfWork, database.facts()),
                new CreateDemoArchive(unitOfWork, parseProtocol, importProtocol),
                new ShowMeeting(unitOfWork),
                new ShowParagraph(unitOfWork),
                parseProtocol,
                new PreviewImport(parseProtocol, unitOfWork),
                importProtocol,
                new ImportFolder(parseProtocol, importProtocol, unitOfWork));
    }

    public static ParseProtocol protocolParser() {
        return new ParseProtocol(new TextProtocolReader(), new PdfTextExtractor());
    }

    @Override
    public ParseProtocol parseProtocol() {
        return protocolParser();
    }

    @Override
    public OpenArchive open(Path dataDirectory) {
        Database database;
        try {
            database = Database.openH2(dataDirectory);
        } catch (DatabaseException e) {
            throw new ArchiveUnavailableException(e.getMessage(), e);
        }
        Services services = services(database);
        return new OpenArchive() {
            @Override
            public Services services() {
                return services;
            }

            @Override
            public String location() {
                return database.facts().location();
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }
}
