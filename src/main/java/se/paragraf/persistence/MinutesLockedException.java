package se.paragraf.persistence;

import java.sql.SQLException;

/**
 * Thrown by {@link MinutesLockTrigger} when a write would change a justerat protocol. The message
 * is Swedish and meant for the user; {@link JooqUnitOfWork} passes it on unchanged.
 */
final class MinutesLockedException extends SQLException {
    /** A user-defined SQLSTATE class, so that tools reading the database see a rule, not a fault. */
    static final String SQL_STATE = "45000";

    MinutesLockedException(String message) {
        super(message, SQL_STATE);
    }
}
