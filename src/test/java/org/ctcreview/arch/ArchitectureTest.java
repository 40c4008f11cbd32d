package org.ctcreview.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layer rules of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.ctcreview", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Production classes only, whatever the build folder is called (-Dbuild.dir). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule coreNeverSeesJavaFx = noClasses().that().resideOutsideOfPackage("org.ctcreview.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the ui package may use JavaFX; the core must run headless (CLI, tests, servers)");

    @ArchTest
    static final ArchRule onlySegmentAndEmbedTouchDjl = noClasses().that()
            .resideOutsideOfPackages("org.ctcreview.segment..", "org.ctcreview.embed..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
            .because("tensor code lives in one place per model: segment and embed");

    @ArchTest
    static final ArchRule coreDoesNotDependOnFrontEnds = noClasses().that()
            .resideOutsideOfPackages("org.ctcreview.cli..", "org.ctcreview.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ctcreview.cli..", "org.ctcreview.ui..")
            .because("the CLI and the UI are two faces of the same core");

    @ArchTest
    static final ArchRule modelIsPlainData = noClasses().that().resideInAPackage("org.ctcreview.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ctcreview.io..", "org.ctcreview.store..",
                    "org.ctcreview.simulate..", "org.ctcreview.pipeline..", "org.ctcreview.segment..",
                    "org.ctcreview.embed..", "org.ctcreview.learn..", "org.ctcreview.cluster..", "org.ctcreview.hil..")
            .because("records in model are shared by every layer and depend on none");

    @ArchTest
    static final ArchRule ioAndStoreStayApart = noClasses().that().resideInAPackage("org.ctcreview.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ctcreview.store..", "org.ctcreview.pipeline..")
            .because("readers and writers know files, not the project database");

    @ArchTest
    static final ArchRule storeKnowsNoFileFormats = noClasses().that().resideInAPackage("org.ctcreview.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ctcreview.io..", "org.ctcreview.simulate..",
                    "org.ctcreview.pipeline..")
            .because("the store persists records; composing stages is the pipeline's job");

    @ArchTest
    static final ArchRule simulatorDoesNotReachIntoTheProject = noClasses().that()
            .resideInAPackage("org.ctcreview.simulate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ctcreview.store..", "org.ctcreview.pipeline..")
            .because("the generator writes cartridges like a scanner would; it never touches a project");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackage("org.ctcreview.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("core code logs through SLF4J; only the CLI writes to standard output");

    @ArchTest
    static final ArchRule slf4jOnly = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("we log through SLF4J, configured by Logback in the app");
}
