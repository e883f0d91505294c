package se.paragraf.application;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The transaction boundary owned by the use cases. Work either commits whole or, on any
 * exception, leaves the archive as it was.
 */
public interface UnitOfWork {
    <T> T transaction(Function<Repositories, T> work);

    default void run(Consumer<Repositories> work) {
        transaction(repositories -> {
            work.accept(repositories);
            return null;
        });
    }
}
