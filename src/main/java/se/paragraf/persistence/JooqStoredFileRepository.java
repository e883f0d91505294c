package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.STORED_FILE;

import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.paragraph.StoredFile;
import se.paragraf.domain.paragraph.StoredFileRepository;

/** File bytes in the database (ADR 0007), once per content. */
final class JooqStoredFileRepository implements StoredFileRepository {
    private final DSLContext dsl;

    JooqStoredFileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public StoredFile store(String fileName, byte[] bytes) {
        StoredFile file = StoredFile.of(fileName, bytes);
        dsl.insertInto(STORED_FILE).values(file.contentHash(), (long) bytes.length, bytes)
                .onConflictDoNothing().execute();
        return file;
    }

    @Override
    public Optional<byte[]> content(StoredFile file) {
        return dsl.select(STORED_FILE.CONTENT).from(STORED_FILE).where(STORED_FILE.CONTENT_HASH.eq(file.contentHash()))
                .fetchOptional(STORED_FILE.CONTENT);
    }
}
