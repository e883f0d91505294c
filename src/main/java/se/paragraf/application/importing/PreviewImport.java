package se.paragraf.application.importing;

import se.paragraf.application.UnitOfWork;

/** Use case: parse a file for the import wizard and tell whether it was imported before; saves nothing. */
public final class PreviewImport {
    private final ParseProtocol parseProtocol;
    private final UnitOfWork unitOfWork;

    public PreviewImport(ParseProtocol parseProtocol, UnitOfWork unitOfWork) {
        this.parseProtocol = parseProtocol;
        this.unitOfWork = unitOfWork;
    }

    public ImportPreview preview(ProtocolSource source) {
        ParsedSource parsed = parseProtocol.parse(source);
        return new ImportPreview(parsed, unitOfWork.transaction(r -> r.imports().findByChecksum(source.checksum())));
    }
}
