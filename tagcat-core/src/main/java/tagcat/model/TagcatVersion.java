package tagcat.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, recorded in every model. */
public final class TagcatVersion {
    private TagcatVersion() {
    }

    /** e.g. "0.1.0-SNAPSHOT"; "unknown" when the build did not record one. */
    public static String current() {
        try (InputStream in = TagcatVersion.class.getResourceAsStream("/tagcat/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
