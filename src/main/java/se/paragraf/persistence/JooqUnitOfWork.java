package se.paragraf.persistence;

import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.shared.DomainException;

/**
 * One jOOQ transaction per call; the repositories are bound to the transaction's own
 * {@code DSLContext}, so everything they do commits or rolls back together. Runtime exceptions
 * from the work (such as a {@code DomainException}) roll back and propagate unchanged; the database's
 * refusal to change a justerat protocol becomes a {@code DomainException} with its Swedish message.
 */
final class JooqUnitOfWork implements UnitOfWork {
    private final DSLContext dsl;

    JooqUnitOfWork(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T transaction(Function<Repositories, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(new JooqRepositories(cfg.dsl())));
        } catch (DataAccessException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof MinutesLockedException locked) {
                    throw new DomainException(locked.getMessage());
                }
            }
            throw new DatabaseException("Arkivet kunde inte läsas eller skrivas, och ändringen sparades inte. "
                    + "Försök igen; kvarstår felet, starta om Paragraf.", e);
        }
    }
}
