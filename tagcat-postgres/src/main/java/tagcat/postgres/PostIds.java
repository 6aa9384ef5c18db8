package tagcat.postgres;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ids of a query's rows in row order, so a post (known by its row number, as a file's post is by its
 * line) can be written back under its own id. Integer ids are kept as longs (8 bytes a row), others as
 * strings. Not thread-safe, nor need it be: rows are read, and posts delivered, on the reading thread.
 */
public final class PostIds {
    private final IdType type;
    private long[] longs;
    private final List<String> strings;
    private int size;

    PostIds(IdType type) {
        this.type = type;
        this.longs = type == IdType.BIGINT ? new long[1 << 12] : null;
        this.strings = type == IdType.BIGINT ? null : new ArrayList<>();
    }

    /** The SQL type the ids are written back as. */
    public IdType type() {
        return type;
    }

    public int size() {
        return size;
    }

    /** The id of row {@code row} (from 1), as text. */
    public String get(long row) {
        int i = Math.toIntExact(row - 1);
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return longs != null ? Long.toString(longs[i]) : strings.get(i);
    }

    /** Adds the id held as UTF-8 text in {@code row[from, to)} (binary COPY of {@code id::text}): digits are parsed in place. */
    void addRaw(byte[] row, int from, int to) {
        if (longs != null) {
            if (size == longs.length) {
                longs = Arrays.copyOf(longs, size * 2);
            }
            longs[size++] = parseLong(row, from, to);
        } else {
            strings.add(new String(row, from, to - from, java.nio.charset.StandardCharsets.UTF_8));
            size++;
        }
    }

    private static long parseLong(byte[] row, int from, int to) {
        boolean negative = from < to && row[from] == '-';
        long v = 0;
        int i = negative ? from + 1 : from;
        if (i == to || to - i > 18) {
            return Long.parseLong(new String(row, from, to - from, java.nio.charset.StandardCharsets.UTF_8)); // empty or long: let the JDK check it
        }
        for (; i < to; i++) {
            int d = row[i] - '0';
            if (d < 0 || d > 9) {
                return Long.parseLong(new String(row, from, to - from, java.nio.charset.StandardCharsets.UTF_8));
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /** How ids are stored in {@code post_categories.post_id}. */
    public enum IdType {
        BIGINT("bigint"), UUID("uuid"), TEXT("text");

        private final String sql;

        IdType(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }

        /** The type a query column of this PostgreSQL type name (int4, uuid, varchar, ...) is written back as. */
        static IdType of(String pgTypeName) {
            return switch (pgTypeName) {
                case "int2", "int4", "int8", "serial", "bigserial", "smallserial" -> BIGINT; // the driver names serial columns so
                case "uuid" -> UUID;
                default -> TEXT;
            };
        }
    }
}
