package tagcat.ingest;

import tagcat.parallel.Parallelism;

import java.util.Objects;

/**
 * How to read posts; {@link #defaults()} is the one place for default values.
 *
 * @param format       the input format, or {@link InputFormat#AUTO} to detect it per input
 * @param field        for JSON lines: the field holding the tags (array of strings) or a caption (string); null
 *                     tries {@code tags}, {@code hashtags}, {@code caption}, {@code text} in that order. Ignored by
 *                     the other formats.
 * @param onError      skip and count malformed lines, or stop at the first one
 * @param maxTagLength a tag longer than this many Unicode code points (after normalization) makes its line malformed
 * @param progress     told how far reading has got
 * @param parallelism  threads parsing lines (the caller's reads them; with one, the caller parses too); posts
 *                     still arrive in input order
 * @param platform     whose rules find the hashtags in a caption ({@link Platform#DEFAULT}: Instagram's)
 * @param rejects      told of every rejected line with its raw bytes, or null
 */
public record ReadOptions(InputFormat format, String field, OnError onError, int maxTagLength, ReadProgress progress,
                          Parallelism parallelism, Platform platform, RejectSink rejects) {
    public static final int DEFAULT_MAX_TAG_LENGTH = 256;

    public ReadOptions(InputFormat format, String field, OnError onError, int maxTagLength, ReadProgress progress) {
        this(format, field, onError, maxTagLength, progress, Parallelism.allCores(), Platform.DEFAULT, null);
    }

    public ReadOptions {
        Objects.requireNonNull(parallelism, "parallelism must not be null");
        Objects.requireNonNull(platform, "platform must not be null");
        Objects.requireNonNull(format, "format must not be null (use AUTO to detect it)");
        Objects.requireNonNull(onError, "onError must not be null");
        Objects.requireNonNull(progress, "progress must not be null (use ReadProgress.NONE)");
        if (field != null && field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank, got \"" + field + "\"");
        }
        if (maxTagLength < 1) {
            throw new IllegalArgumentException("maxTagLength must be at least 1, got " + maxTagLength);
        }
    }

    /** AUTO format, default JSON fields, skip malformed lines, tags up to 256 chars, no progress. */
    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, null, OnError.SKIP, DEFAULT_MAX_TAG_LENGTH, ReadProgress.NONE);
    }

    public ReadOptions withFormat(InputFormat format) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public ReadOptions withField(String field) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public ReadOptions withOnError(OnError onError) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public ReadOptions withMaxTagLength(int maxTagLength) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public ReadOptions withProgress(ReadProgress progress) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public ReadOptions withThreads(int threads) {
        return withParallelism(parallelism.withThreads(threads));
    }

    public ReadOptions withParallelism(Parallelism parallelism) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public ReadOptions withPlatform(Platform platform) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public ReadOptions withRejects(RejectSink rejects) {
        return new ReadOptions(format, field, onError, maxTagLength, progress, parallelism, platform, rejects);
    }

    public int threads() {
        return parallelism.threads();
    }
}
