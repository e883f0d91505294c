package se.paragraf.application;

/** An archive held open, with the use cases bound to it. Closing releases it for other processes. */
public interface OpenArchive extends AutoCloseable {
    Services services();

    /** Where the archive lives, as the user should see it (a directory or a server URL). */
    String location();

    @Override
    void close();
}
