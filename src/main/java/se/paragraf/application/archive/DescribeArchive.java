package se.paragraf.application.archive;

import se.paragraf.application.UnitOfWork;

/** Use case: tell what the archive holds. */
public final class DescribeArchive {
    private final UnitOfWork unitOfWork;
    private final ArchiveFacts facts;

    public DescribeArchive(UnitOfWork unitOfWork, ArchiveFacts facts) {
        this.unitOfWork = unitOfWork;
        this.facts = facts;
    }

    public ArchiveInfo describe() {
        return unitOfWork.transaction(r -> new ArchiveInfo(facts.location(), facts.schemaVersion(),
                r.boards().count(), r.meetings().count(), r.paragraphs().count()));
    }
}
