package se.paragraf.application.importing;

import java.nio.file.Path;
import se.paragraf.application.UnitOfWork;

/** Use case: parse a file for the import wizard and tell whether it was imported before; saves nothing. */
public final class PreviewImport {
    private final ParseProtocol parseProtocol;
    private final UnitOfWork unitOfWork;

    public PreviewImport(ParseProtocol parseProtocol, UnitOfWork unitOfWork) {
        this.parseProtocol = parseProtocol;
        this.unitOfWork = unitOfWork;
    }

    public ImportPreview preview(Path file) {
        return preview(ProtocolSource.read(file));
    }

    public ImportPreview preview(String fileName, byte[] bytes) {
        return preview(ProtocolSource.of(fileName, bytes));
    }

    public ImportPreview preview(ProtocolSource source) {
        ParsedSource parsed = parseProtocol.parse(source);
        return new ImportPreview(parsed, unitOfWork.transaction(r -> r.imports().findByChecksum(source.checksum())));
    }
}
