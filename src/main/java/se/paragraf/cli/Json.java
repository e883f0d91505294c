package se.paragraf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The commands' one JSON mapper, made on first use. Picocli instantiates every subcommand even
 * when the window starts, and a mapper in a static field there loaded Jackson's several hundred
 * classes on the start-up's critical path.
 */
final class Json {
    private Json() {
    }

    static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        private static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
