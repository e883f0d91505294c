package se.paragraf.application.delegation;

import java.io.OutputStream;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.DelegationSchemeId;
import se.paragraf.domain.delegation.SchemeHistory;
import se.paragraf.domain.shared.DomainException;

/** Use case: print a version of a board's delegationsordning, flags and their reasons included. */
public final class PrintDelegationScheme {
    private final UnitOfWork unitOfWork;
    private final DelegationSchemeDocument document;

    public PrintDelegationScheme(UnitOfWork unitOfWork, DelegationSchemeDocument document) {
        this.unitOfWork = unitOfWork;
        this.document = document;
    }

    /** Reads in one transaction, then writes outside it: the document may be slow, the archive should not wait. */
    public void write(DelegationSchemeId id, OutputStream out) {
        SchemePrint print = unitOfWork.transaction(r -> {
            DelegationScheme scheme = r.delegation().findScheme(id)
                    .orElseThrow(() -> new DomainException("Delegationsordningen finns inte längre i arkivet."));
            SchemeHistory history = r.delegation().historyOf(scheme.board());
            String board = r.boards().findById(scheme.board()).map(b -> b.name()).orElse("organet");
            return new SchemePrint(board, scheme, history.validUntil(scheme).orElse(null));
        });
        document.write(print, out);
    }
}
