package tagcat.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the service refuses: answered as {@code {"error": code, "message": ..}} (plus {@code details})
 * with {@code status}. Thrown by handlers; never carries a stack trace to the client.
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final transient ObjectNode details;

    ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiException(int status, String code, String message, ObjectNode details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    ObjectNode details() {
        return details;
    }
}
