package se.paragraf.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The newest version of each meeting or § that this application has itself read or written
 * (ADR 0019). A save is made on the newer of the value's own version and this one: a step of
 * the undo history, or a value derived from a copy this application has since saved over
 * itself, may overwrite what the application wrote, never a version someone else wrote in
 * between (another Paragraf on a shared archive), which is refused.
 */
public final class KnownVersions<K> {
    private final Map<K, Long> versions = new ConcurrentHashMap<>();

    /** The version to save a value of {@code id} on, whose own version is {@code version}. */
    public long basis(K id, long version) {
        return Math.max(version, versions.getOrDefault(id, 0L));
    }

    /** {@code id} was read or written at {@code version}. */
    public void saw(K id, long version) {
        versions.merge(id, version, Math::max);
    }

    public void forget(K id) {
        versions.remove(id);
    }
}
