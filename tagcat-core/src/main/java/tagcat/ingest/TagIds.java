package tagcat.ingest;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers distinct normalized tags 0, 1, 2, ... as the parsing threads meet them; thread-safe. The
 * numbering depends on thread timing, so a consumer that needs a deterministic order (such as
 * {@code TagCorpus}) renumbers at the end; ids of tags met only on lines later found malformed are
 * simply never used.
 */
public final class TagIds {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    /** Guarded by this. */
    private String[] terms = new String[1024];
    private int size;

    /** The id of {@code tag}, numbering it if it is new. */
    public int id(String tag) {
        Integer id = ids.get(tag);
        return id != null ? id : add(tag);
    }

    private synchronized int add(String tag) {
        Integer id = ids.get(tag);
        if (id != null) {
            return id;
        }
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
        }
        terms[size] = tag;
        ids.put(tag, size); // after terms[size] is set: whoever sees the id can look the tag up
        return size++;
    }

    /** The tag numbered {@code id}. */
    public synchronized String term(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no tag numbered " + id + " (" + size + " so far)");
        }
        return terms[id];
    }

    /** The tags numbered so far, by id. */
    public synchronized String[] terms() {
        return Arrays.copyOf(terms, size);
    }

    public synchronized int size() {
        return size;
    }
}
