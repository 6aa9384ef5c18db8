package tagcat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper the commands print with. A holder class, so Jackson is set up on first use, not while
 * picocli builds every command at start-up (that took ~0.1 s before any work began).
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
