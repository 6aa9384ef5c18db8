package tagcat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the core (STYLE.md) as tests: data flows one way through the stages, the core knows
 * no outer module, and configuration is passed in, never read from the environment or kept in statics.
 */
class HouseRulesTest {
    /**
     * The stages in the order data flows (posts -> tags -> vectors -> clusters -> categories -> suggestions,
     * with their helpers first): a stage may use only those before it.
     */
    static final List<String> STAGES = List.of("parallel", "linalg", "generate", "ingest", "text", "cluster", "category",
            "model", "suggest", "train", "eval", "choosek");

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tagcat");

    @Test
    void everyCoreClassLivesInAStagePackage() {
        String[] packages = STAGES.stream().map(s -> "tagcat." + s).toArray(String[]::new);
        classes().should().resideInAnyPackage(packages).check(CORE);
    }

    @Test
    void theCoreImportsNoOuterModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("tagcat.cli..", "tagcat.plot..", "tagcat.server..", "tagcat.postgres..",
                        "tagcat.spark..", "tagcat.bench..")
                .check(CORE);
    }

    @Test
    void aStageUsesOnlyTheStagesBeforeIt() {
        for (int i = 0; i < STAGES.size(); i++) {
            String[] later = STAGES.subList(i + 1, STAGES.size()).stream().map(s -> "tagcat." + s).toArray(String[]::new);
            if (later.length == 0) {
                continue;
            }
            noClasses().that().resideInAPackage("tagcat." + STAGES.get(i))
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because("data flows one way: " + String.join(" -> ", STAGES))
                    .check(CORE);
        }
    }

    @Test
    void theCoreReadsNoSystemPropertyOrEnvironmentVariable() {
        noClasses().should().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getenv")
                .orShould().callMethod(Boolean.class, "getBoolean", String.class)
                .orShould().callMethod(Integer.class, "getInteger", String.class)
                .because("configuration is passed in as values (Engine, Parallelism, options records)")
                .check(CORE);
    }

    @Test
    void theCoreKeepsNoMutableStaticState() {
        fields().that().areStatic().should().beFinal()
                .because("a server or a Spark executor runs many jobs in one JVM")
                .check(CORE);
    }

    @Test
    void theCoreStartsNoShutdownHook() {
        noClasses().should().callMethod(Runtime.class, "addShutdownHook", Thread.class)
                .because("start-up and shutdown belong to the front end (the CLI, the server)")
                .check(CORE);
    }

    @Test
    void stagesAreListedOnce() {
        // a guard for the list itself: a typo would silently drop a rule
        assertThat(STAGES).doesNotHaveDuplicates();
    }
}
