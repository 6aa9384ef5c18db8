package tagcat.cli;

import picocli.CommandLine.IVersionProvider;
import tagcat.model.ModelFile;
import tagcat.model.TagcatVersion;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"tagcat " + TagcatVersion.current() + " (model format " + ModelFile.VERSION + ", Java "
                + System.getProperty("java.version") + ")"};
    }
}
