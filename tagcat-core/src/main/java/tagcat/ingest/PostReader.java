package tagcat.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads posts from files, stdin or any stream, one line at a time, in constant memory.
 *
 * <p>Each physical line is one post. It ends up in exactly one of: a {@link Post} passed to the sink, a dropped
 * empty post (blank line, or no tag left after normalization), or a malformed line ({@link BadLine}, or a
 * {@link MalformedInputException} under {@link OnError#FAIL}). Malformed: not valid UTF-8, longer than
 * {@value #MAX_LINE_BYTES} bytes, rejected by the format, or holding a tag longer than
 * {@link ReadOptions#maxTagLength()}.
 *
 * <p>Gzip input is recognized by its magic bytes, whatever the name, and read strictly (every member checked, nothing
 * after the last one); other compressions and UTF-16/32 text are refused with what they are ({@link InputEncoding}).
 * With {@link InputFormat#AUTO} the first lines
 * of each input are kept in memory (at most {@value InputFormat#SAMPLE_LINES} non-blank lines, {@value
 * #MAX_SAMPLE_BUFFERED_LINES} lines in all, or about {@value #MAX_SAMPLE_CHARS} chars) to detect the format, then
 * read from there, so stdin works too.
 */
public final class PostReader {
    /** Lines with more bytes than this (terminator excluded) are malformed and never held in memory whole. */
    public static final int MAX_LINE_BYTES = LineReader.MAX_LINE_BYTES;
    /** {@link ReadProgress} is told every this many lines (and at the end of each input). */
    public static final int PROGRESS_EVERY_LINES = 1 << 16;

    static final int MAX_SAMPLE_BUFFERED_LINES = 10_000;
    static final int MAX_SAMPLE_CHARS = 1 << 22;

    private PostReader() {
    }

    /**
     * Streams the posts of each file in order to {@code sink}, gunzipped when they hold gzip data. Every name is a
     * path: what {@code -} means (stdin) is a front end's business ({@link PostSource#stream}).
     *
     * @throws MalformedInputException under {@link OnError#FAIL}, at the first malformed line
     * @throws IOException             if an input cannot be opened or read (the message names the input)
     */
    public static ReadReport read(List<String> inputs, ReadOptions options, Consumer<Post> sink) throws IOException {
        ReadReport report = ReadReport.empty();
        for (String input : inputs) {
            InputStream in;
            try {
                in = Files.newInputStream(Path.of(input));
            } catch (IOException e) {
                throw FileErrors.named(Path.of(input), e);
            }
            try (in) {
                report = report.plus(read(input, in, options, sink)); // its errors name the input already
            }
        }
        return report;
    }

    /**
     * Streams the posts of one already-open stream to {@code sink}; the caller closes the stream.
     *
     * @param sourceName the name used in posts, bad lines, progress and format detection ({@code .jsonl})
     * @throws MalformedInputException under {@link OnError#FAIL}, at the first malformed line
     * @throws IOException             if the stream cannot be read (the message names {@code sourceName})
     */
    public static ReadReport read(String sourceName, InputStream in, ReadOptions options, Consumer<Post> sink)
            throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        CountingInputStream counted = new CountingInputStream(in);
        try (InputStream data = InputEncoding.open(counted)) {
            return new Run(sourceName, options, sink, counted).read(new LineReader(data), data);
        } catch (java.io.InterruptedIOException | java.nio.channels.ClosedByInterruptException e) {
            throw e; // interrupted is not the input's fault
        } catch (IOException e) {
            throw new IOException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses one line of the given format into normalized, de-duplicated tags (possibly none), with the default
     * tag length limit. {@link InputFormat#AUTO} detects the format from this line alone.
     *
     * @param field for JSONL: the field to read, or null for the defaults (see {@link ReadOptions#field()})
     * @throws BadLineException if the line is malformed
     */
    public static List<String> parseLine(InputFormat format, String field, String line) throws BadLineException {
        return parseLine(format, field, line, ReadOptions.DEFAULT_MAX_TAG_LENGTH);
    }

    /** {@link #parseLine(InputFormat, String, String)} with another tag length limit. */
    public static List<String> parseLine(InputFormat format, String field, String line, int maxTagLength)
            throws BadLineException {
        return parseLine(ReadOptions.defaults().withFormat(format).withField(field).withMaxTagLength(maxTagLength), line);
    }

    /** One line read with the format, field, tag length limit and caption platform of {@code options}. */
    public static List<String> parseLine(ReadOptions options, String line) throws BadLineException {
        Objects.requireNonNull(line, "line");
        InputFormat format = options.format();
        InputFormat concrete = format == InputFormat.AUTO ? InputFormat.detect(null, List.of(line)) : format;
        List<String> tags = new ArrayList<>();
        tagsOf(LineFormat.of(concrete, options.field(), options.platform()), line, options.maxTagLength(),
                new ArrayList<>(), tags);
        return List.copyOf(tags);
    }

    /** Fills {@code tags} (empty on entry) with the normalized tags of a line; a blank line has none. */
    private static void tagsOf(LineFormat parser, String line, int maxTagLength, List<String> raw, List<String> tags)
            throws BadLineException {
        String control = ControlCharacters.check(line);
        if (control != null) {
            throw new BadLineException(control);
        }
        if (isBlank(line)) {
            return;
        }
        raw.clear();
        parser.parse(line, raw);
        TagNormalizer.normalizeInto(raw, maxTagLength, tags);
    }

    /** Blank: only chars up to U+0020, the chars {@link String#trim()} removes. */
    static boolean isBlank(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            if (line.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** Lines parsed per task: large enough to amortize hand-offs, small enough to keep memory flat. */
    static final int LINES_PER_BATCH = 16_384;

    /** The state of reading one input. */
    private static final class Run {
        private final String source;
        private final ReadOptions options;
        private final Consumer<Post> sink;
        private final PostBatchSink batchSink;
        private final CountingInputStream counted;
        private final List<BadLine> badLines = new ArrayList<>();
        private final ArrayDeque<Future<Parsed>> inFlight = new ArrayDeque<>();
        private ExecutorService pool;
        private java.util.function.Supplier<LineFormat> parsers;
        private java.util.function.Supplier<PostBatch.Builder> builders;
        /** Tags detected, not given: a line that looks like another format is then reported, not read as tags. */
        private boolean detectedTags;
        private long lines;
        private long posts;
        private long droppedEmpty;
        private long malformed;

        Run(String source, ReadOptions options, Consumer<Post> sink, CountingInputStream counted) {
            this.source = source;
            this.options = options;
            this.sink = sink;
            this.batchSink = sink instanceof PostBatchSink b ? b : null;
            this.counted = counted;
        }

        ReadReport read(LineReader reader, InputStream data) throws IOException {
            InputFormat format = options.format();
            List<Pending> pending = List.of();
            if (format == InputFormat.AUTO) {
                pending = new ArrayList<>();
                format = detect(reader, pending);
            }
            InputFormat concrete = format;
            detectedTags = options.format() == InputFormat.AUTO && concrete == InputFormat.TAGS;
            if (options.threads() > 1) {
                pool = Executors.newFixedThreadPool(options.threads(), options.parallelism().threadFactory());
                ThreadLocal<LineFormat> perThreadParser = ThreadLocal.withInitial(() -> LineFormat.of(concrete, options.field(), options.platform()));
                ThreadLocal<PostBatch.Builder> perThreadBuilder = ThreadLocal.withInitial(PostBatch.Builder::new);
                parsers = perThreadParser::get;
                builders = perThreadBuilder::get;
            } else { // one thread: no ThreadLocal, whose stale entries slow down a thread that reads many small inputs
                LineFormat parser = LineFormat.of(concrete, options.field(), options.platform());
                PostBatch.Builder builder = new PostBatch.Builder();
                parsers = () -> parser;
                builders = () -> builder;
            }
            try {
                Lines batch = new Lines();
                for (Pending p : pending) {
                    batch.add(p.line, p.text, p.reason);
                    if (p.raw != null) {
                        batch.raw(p.raw);
                    }
                }
                if (concrete == InputFormat.TAGS || concrete == InputFormat.PGARRAY) {
                    // whole chunks of bytes to the workers: the reading thread does not touch lines
                    submit(batch);
                    LineChunks chunks = new LineChunks(data, reader.takeBuffered());
                    for (LineChunks.Chunk c = chunks.next(); c != null; c = chunks.next()) {
                        LineChunks.Chunk chunk = c;
                        submit(() -> {
                            Parsed parsed = parse(chunk, concrete);
                            chunks.recycle(chunk);
                            return parsed;
                        });
                    }
                } else {
                    while (reader.next()) {
                        String text = reader.text();
                        batch.add(reader.lineNumber(), text, text != null ? null : reasonForUnreadable(reader));
                        if (text == null && options.rejects() != null) {
                            batch.raw(reader.bytes());
                        }
                        if (batch.size == LINES_PER_BATCH) {
                            submit(batch);
                            batch = new Lines();
                        }
                    }
                    submit(batch);
                }
                while (!inFlight.isEmpty()) {
                    deliver(take());
                }
            } finally {
                if (pool != null) {
                    inFlight.forEach(f -> f.cancel(true));
                    pool.shutdownNow();
                }
            }
            options.progress().update(source, lines, counted.count);
            Map<String, InputFormat> formats = new LinkedHashMap<>();
            formats.put(source, format);
            return new ReadReport(lines, posts, droppedEmpty, malformed, badLines, formats);
        }

        /** Reads the first lines into {@code pending} and detects the format from them. */
        private InputFormat detect(LineReader reader, List<Pending> pending) throws IOException {
            if (InputFormat.isJsonLinesName(source)) {
                return InputFormat.JSONL;
            }
            List<String> sample = new ArrayList<>();
            long chars = 0;
            while (sample.size() < InputFormat.SAMPLE_LINES && pending.size() < MAX_SAMPLE_BUFFERED_LINES
                    && chars < MAX_SAMPLE_CHARS && reader.next()) {
                String text = reader.text();
                pending.add(new Pending(reader.lineNumber(), text, text != null ? null : reasonForUnreadable(reader),
                        text == null && options.rejects() != null ? reader.bytes() : null));
                if (text != null && !isBlank(text)) {
                    sample.add(text);
                    chars += text.length();
                }
            }
            return InputFormat.detect(source, sample);
        }

        private void submit(Lines batch) throws IOException {
            if (batch.size == 0) {
                return;
            }
            submit(() -> parse(batch));
        }

        private void submit(java.util.concurrent.Callable<Parsed> task) throws IOException {
            if (pool == null) {
                try {
                    deliver(task.call());
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
                return;
            }
            inFlight.add(pool.submit(task));
            while (inFlight.size() > 2 * options.threads()) {
                deliver(take());
            }
        }

        private Parsed take() throws IOException {
            try {
                return inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading " + source);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IOException(e.getCause());
            }
        }

        /** Runs on a worker: parses and normalizes a batch of lines; touches no shared state. */
        private Parsed parse(Lines batch) {
            LineFormat parser = parsers.get();
            List<String> raw = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            PostBatch.Builder posts = builders.get();
            String[] reasons = batch.reasons;
            byte[] kinds = new byte[batch.size];
            for (int i = 0; i < batch.size; i++) {
                if (reasons[i] != null) {
                    kinds[i] = Parsed.MALFORMED;
                    continue;
                }
                boolean post;
                try {
                    if (parser instanceof TagsFormat) {
                        if (detectedTags && looksLikeArray(batch.texts[i])) {
                            throw new BadLineException(NOT_TAGS);
                        }
                        post = TagsFormat.parseInto(batch.texts[i], options.maxTagLength(), posts, batch.lineNumbers[i]);
                    } else {
                        tags.clear();
                        tagsOf(parser, batch.texts[i], options.maxTagLength(), raw, tags);
                        post = !tags.isEmpty();
                        if (post) {
                            posts.add(batch.lineNumbers[i], tags);
                        }
                    }
                } catch (BadLineException e) {
                    reasons[i] = e.reason();
                    kinds[i] = Parsed.MALFORMED;
                    continue;
                }
                kinds[i] = post ? Parsed.POST : Parsed.EMPTY;
                batch.texts[i] = null;
            }
            byte[][] raws = null;
            if (options.rejects() != null) {
                raws = new byte[batch.size][];
                for (int i = 0; i < batch.size; i++) {
                    if (kinds[i] == Parsed.MALFORMED) {
                        raws[i] = batch.texts[i] != null ? batch.texts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8)
                                : batch.raws != null ? batch.raws[i] : null;
                    }
                }
            }
            return Parsed.of(batch.lineNumbers, kinds, reasons, batch.size, posts.build(source), raws);
        }

        /**
         * Runs on a worker: splits a chunk of bytes into lines and parses them ({@link InputFormat#TAGS}, or
         * {@link InputFormat#PGARRAY} with the general path for lines its byte path does not take).
         * Line numbers are counted from 1 within the chunk; {@link #deliver} shifts them.
         */
        private Parsed parse(LineChunks.Chunk chunk, InputFormat format) {
            PostBatch.Builder posts = builders.get();
            if (chunk.tooLongLine()) {
                return Parsed.of(null, new byte[] {Parsed.MALFORMED}, new String[] {"line longer than " + MAX_LINE_BYTES
                        + " bytes"}, 1, posts.build(source));
            }
            ChunkLines lines = new ChunkLines(chunk.bytes(), chunk.length(), format, posts);
            int count = 0;
            for (int pos = 0; pos < lines.n; count++) {
                pos = lines.parse(pos, count);
            }
            return Parsed.of(null, lines.kinds, lines.reasons, count, posts.build(source), lines.raws);
        }

        /**
         * The lines of one chunk, parsed one call per line: a small method the JIT compiles as soon as it
         * is hot, rather than a long loop it compiles on the stack (and again) part way through.
         */
        private final class ChunkLines {
            final byte[] b;
            final int n;
            final InputFormat format;
            final PostBatch.Builder posts;
            final java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            final List<String> raw = new ArrayList<>();
            final List<String> tags = new ArrayList<>();
            byte[] kinds;
            /** Made when a line is malformed: most chunks have none. */
            String[] reasons;
            /** The bytes of malformed lines, when rejected lines are wanted. */
            byte[][] raws;

            ChunkLines(byte[] b, int n, InputFormat format, PostBatch.Builder posts) {
                this.b = b;
                this.n = n;
                this.kinds = new byte[16 + n / 32]; // lines of 32 bytes on average need no growing
                this.format = format;
                this.posts = posts;
            }

            /** Parses line number {@code count} (from 0) starting at {@code pos}; returns where the next one starts. */
            int parse(int pos, int count) {
                int start = pos;
                if (n - start >= 3 && b[start] == (byte) 0xEF && b[start + 1] == (byte) 0xBB
                        && b[start + 2] == (byte) 0xBF) {
                    start += 3;
                }
                if (count == kinds.length) {
                    kinds = java.util.Arrays.copyOf(kinds, count * 2);
                }
                int before = posts.size();
                String reason = null;
                int end; // the line's '\n', or n
                if (format == InputFormat.TAGS) { // one pass: the parser finds the line's end
                    try {
                        if (detectedTags && looksLikeArray(b, start, n)) {
                            throw new BadLineException(NOT_TAGS);
                        }
                        end = TagsFormat.parseLine(b, start, n, options.maxTagLength(), posts, count + 1, decoder);
                    } catch (BadLineException e) {
                        end = TagsFormat.lineEnd(b, start, n);
                        reason = e.reason();
                    }
                } else {
                    end = TagsFormat.lineEnd(b, start, n);
                }
                int length = end > pos && b[end - 1] == '\r' ? end - 1 - pos : end - pos; // without '\r' '\n'
                if (length > MAX_LINE_BYTES) { // checked first, whatever else is wrong with the line
                    if (posts.size() > before) {
                        posts.dropLast();
                    }
                    reason = "line longer than " + MAX_LINE_BYTES + " bytes";
                } else if (format != InputFormat.TAGS) {
                    try {
                        pgArrayLine(b, start, pos + length, posts, count + 1, decoder, raw, tags);
                    } catch (BadLineException e) {
                        reason = e.reason();
                    }
                }
                kinds[count] = reason != null ? Parsed.MALFORMED : posts.size() > before ? Parsed.POST : Parsed.EMPTY;
                if (reason != null) {
                    if (reasons == null || reasons.length < kinds.length) {
                        reasons = reasons == null ? new String[kinds.length] : java.util.Arrays.copyOf(reasons, kinds.length);
                    }
                    reasons[count] = reason;
                    if (options.rejects() != null) {
                        if (raws == null || raws.length < kinds.length) {
                            raws = raws == null ? new byte[kinds.length][] : java.util.Arrays.copyOf(raws, kinds.length);
                        }
                        raws[count] = length > MAX_LINE_BYTES ? null : java.util.Arrays.copyOfRange(b, start, pos + length);
                    }
                }
                return end + 1;
            }
        }

        /** One pgarray line: the byte path when it takes the line, else decoding and the general parser. */
        private boolean pgArrayLine(byte[] b, int from, int to, PostBatch.Builder posts, long line,
                                    java.nio.charset.CharsetDecoder decoder, List<String> raw, List<String> tags)
                throws BadLineException {
            Boolean fast = PgArrayFormat.parseBytes(b, from, to, options.maxTagLength(), posts, line);
            if (fast != null) {
                return fast;
            }
            tags.clear();
            tagsOf(parsers.get(), TagsFormat.decode(b, from, to, decoder), options.maxTagLength(), raw, tags);
            if (tags.isEmpty()) {
                return false;
            }
            posts.add(line, tags);
            return true;
        }

        /** Runs on the reading thread, batches in input order: counts, reports, hands posts to the sink. */
        private void deliver(Parsed p) {
            long before = lines;
            if (p.lineNumbers == null) {
                p.posts.shiftLines(before);
            }
            if (batchSink != null && p.malformed == 0) { // the usual case: counts and the whole batch, no line by line
                lines += p.size;
                posts += p.size - p.empty;
                droppedEmpty += p.empty;
                for (long m = (before / PROGRESS_EVERY_LINES + 1) * PROGRESS_EVERY_LINES; m <= lines; m += PROGRESS_EVERY_LINES) {
                    options.progress().update(source, m, counted.count);
                }
                if (p.posts.size() > 0) {
                    batchSink.acceptBatch(p.posts);
                }
                return;
            }
            int post = 0;
            boolean whole = batchSink != null && options.onError() == OnError.SKIP;
            for (int i = 0; i < p.size; i++) {
                lines++;
                if (lines % PROGRESS_EVERY_LINES == 0) {
                    options.progress().update(source, lines, counted.count);
                }
                switch (p.kinds[i]) {
                    case Parsed.MALFORMED -> {
                        malformed++;
                        BadLine bad = new BadLine(source, p.lineNumbers == null ? lines : p.lineNumbers[i], p.reasons[i]);
                        if (options.rejects() != null) {
                            options.rejects().reject(bad, p.raws == null ? null : p.raws[i]);
                        }
                        if (options.onError() == OnError.FAIL) {
                            throw new MalformedInputException(bad);
                        }
                        if (badLines.size() < ReadReport.MAX_BAD_LINES) {
                            badLines.add(bad);
                        }
                    }
                    case Parsed.EMPTY -> droppedEmpty++;
                    default -> {
                        posts++;
                        if (!whole) {
                            sink.accept(p.posts.post(post));
                        }
                        post++;
                    }
                }
            }
            if (whole && p.posts.size() > 0) {
                batchSink.acceptBatch(p.posts);
            }
        }

        private static String reasonForUnreadable(LineReader reader) {
            return reader.tooLong() ? "line longer than " + MAX_LINE_BYTES + " bytes" : "invalid UTF-8";
        }
    }

    static final String NOT_TAGS = "the line starts with '{' like a PostgreSQL array or a JSON object, but the"
            + " input's first lines were detected as tags: give --format pgarray, jsonl or tags";

    /** Whether a line of a detected tags input starts, after spaces, with '{' (another format mixed in). */
    private static boolean looksLikeArray(byte[] b, int i, int n) {
        while (i < n && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i < n && b[i] == '{';
    }

    private static boolean looksLikeArray(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '{';
    }

    /** Raw lines handed to a parsing task: text, or why there is none. */
    private static final class Lines {
        /** Grown as lines come, up to {@link #LINES_PER_BATCH}: a small input allocates little. */
        long[] lineNumbers = new long[64];
        String[] texts = new String[64];
        String[] reasons = new String[64];
        /** Made only for lines without text when rejected lines are wanted: their bytes. */
        byte[][] raws;
        int size;

        /** The bytes of the line just added. */
        void raw(byte[] bytes) {
            if (raws == null || raws.length < texts.length) {
                raws = raws == null ? new byte[texts.length][] : java.util.Arrays.copyOf(raws, texts.length);
            }
            raws[size - 1] = bytes;
        }

        void add(long line, String text, String reason) {
            if (size == texts.length) {
                int n = Math.min(LINES_PER_BATCH, 4 * size);
                lineNumbers = java.util.Arrays.copyOf(lineNumbers, n);
                if (raws != null) {
                    raws = java.util.Arrays.copyOf(raws, n);
                }
                texts = java.util.Arrays.copyOf(texts, n);
                reasons = java.util.Arrays.copyOf(reasons, n);
            }
            lineNumbers[size] = line;
            texts[size] = text;
            reasons[size] = reason;
            size++;
        }
    }

    /** What a parsing task found, line by line (line numbers null: counted from the lines delivered before). */
    private record Parsed(long[] lineNumbers, byte[] kinds, String[] reasons, int size, PostBatch posts, int empty,
                          int malformed, byte[][] raws) {
        static final byte POST = 0;
        static final byte EMPTY = 1;
        static final byte MALFORMED = 2;

        /** Counts the kinds here, on the parsing thread, so that delivery need not look at every line. */
        static Parsed of(long[] lineNumbers, byte[] kinds, String[] reasons, int size, PostBatch posts) {
            return of(lineNumbers, kinds, reasons, size, posts, null);
        }

        static Parsed of(long[] lineNumbers, byte[] kinds, String[] reasons, int size, PostBatch posts, byte[][] raws) {
            int empty = 0;
            int malformed = 0;
            for (int i = 0; i < size; i++) {
                empty += kinds[i] == EMPTY ? 1 : 0;
                malformed += kinds[i] == MALFORMED ? 1 : 0;
            }
            return new Parsed(lineNumbers, kinds, reasons, size, posts, empty, malformed, raws);
        }
    }

    /** A line read ahead for format detection: its text, or why it has none. */
    private record Pending(long line, String text, String reason, byte[] raw) {
    }

    /** Counts the bytes read from the stream as given (so compressed bytes for gzip); never closes it. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
