package se.paragraf.application.demo;

import se.paragraf.application.Repositories;

/** The demo content: placeholder, filled in from the seed protocol. */
final class DemoProtocol {
    private DemoProtocol() {
    }

    static void writeTo(Repositories r) {
        throw new UnsupportedOperationException("not yet");
    }
}
